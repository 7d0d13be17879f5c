"""Money families of round 61 in Hungarian (second pass), in words of our own: what is read, and
what is asked again.

Asked again: a figure said only as a bound, then said to be over or under it at times ("közel
300, olykor több is"): neither is the month's; the bound said alone is asked again too. Near-miss:
a plain figure said to be more at times stays read.
Read: at expenses, an item said after the figure to be left out of it for a reason that makes it
no month's own cost (the company pays it, it is paid once or yearly): the figure. Near-miss: an
item left out with no such reason ("a kaját nem számoltam bele") is still asked again.
Read as nothing: a nothing said first, then "not even" something else ("0, még segélyt se
kapok"); at income a season's work named without a figure, then nothing now said last; at
other debts "none of them", perhaps only this bank owed ("egyik sincs, csak ti"). Near-miss: a
figure with "még … sincs benne" stays asked again.
Read: a figure said as near ("kb", "körül"), then a hedge naming no other figure (the exact one
not known by heart, a bit more with extras, the figure when nothing extra comes): the near
figure. Near-miss: a plain figure "if nothing extra", or a second figure said for the case,
stays asked again. Read: hundreds typed as a digit and the word, the tens as digits ("3 száz
40"): one figure.
Read: the average said last after single months' figures ("múlt hónapban 410, előtte 260,
átlagban kb 330"), the own count said last after another's figure with "de én … számoltam", and
at other debts a debt named after the figure as having no monthly payment: the figure said.
Near-miss: months' figures with no average, or a debt named with nothing of its payment, stay
asked again.
Asked again (a misread before): at expenses, "the rest" named after an item's figure as spending
with no figure of its own ("a hitel 30 ezer, a többi a kaja"). Near-misses: the rest with a
figure, the rest left over or paid by another, or a whole named before its parts, stay read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near-miss kept as it was: a plain figure more at times
    ("170, van hogy több", "hu", "expenses", "170000"),
    # an item left out of the figure for a reason that makes it no month's own cost
    ("havonta 175, a benzint nem számoltam mert a cég állja", "hu", "expenses", "175000"),
    ("kb 230 jön ki, az éves adót nem számolva, azt egyben fizetem", "hu", "expenses", "230000"),
    # nothing, then not even something else
    ("0, még munkanélkülit se kapok", "hu", "income", "0"),
    ("nulla, még alkalmi munkám sincs", "hu", "income", "0"),
    # a season's work without a figure, then nothing now
    ("a strandbüfé nyáron ment, most télen semmi", "hu", "income", "0"),
    # none of them owed
    ("egyik sincs, csak önök", "hu", "other_debts", "0"),
    ("egyikük sincs", "hu", "other_debts", "0"),
    # a near figure, then a hedge naming no other figure
    ("nagyjából 245, de a pontosat nem tudom", "hu", "expenses", "245000"),
    ("kb 280, ha van jutalék kicsit több", "hu", "income", "280000"),
    ("175 körül, ha nincs semmi rendkívüli", "hu", "expenses", "175000"),
    # hundreds as a digit and the word, the tens as digits
    ("kb 3 száz 40", "hu", "expenses", "340000"),
    ("1 szaz 85", "hu", "income", "185000"),
    # near-misses kept as they were: the rest with a figure, left over, of a whole named
    ("lakbér 115, a többi 75", "hu", "expenses", "190000"),
    ("a kiadás 230, a többi megmarad", "hu", "expenses", "230000"),
    ("a kiadás 205, ebből a rezsi 40, a többi lakbér", "hu", "expenses", "205000"),
    # the average said last, the own count said last, a debt with no payment
    ("múlt hónapban 410, előtte 260, átlagban kb 330", "hu", "income", "330000"),
    ("a banki app szerint 190, de én 176-ot számoltam ki", "hu", "expenses", "176000"),
    ("a lízing 54, meg a sógoromnak tartozom, de annak nincs havi része", "hu", "other_debts",
     "54000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a bound, then over or under it at times
    ("közel 300, olykor több is", "hu", "income"),
    ("legfeljebb 140, de előfordul hogy kevesebb", "hu", "expenses"),
    ("majdnem kétszázötven, néha több", "hu", "expenses"),
    # a bound said alone (a near-miss once read; asked again since session 52, as the guide says)
    ("majdnem 250", "hu", "expenses"),
    ("max 180", "hu", "income"),
    # near-misses kept as they were: an item left out with no such reason
    ("havi 185, a kaját nem számoltam bele", "hu", "expenses"),
    ("havi 185, a rezsit nem számoltam mert nem tudom mennyi", "hu", "expenses"),
    # near-miss kept as it was: a figure with a part not in it
    ("190, még a pótlék sincs benne", "hu", "income"),
    # near-misses kept as they were: no near word, or a figure said for the case
    ("175 ha nincs semmi extra", "hu", "expenses"),
    ("kb 280, ha van jutalék akkor 330", "hu", "income"),
    # near-misses kept as they were: months with no average, a debt said with nothing more
    ("múlt hónap 205, előtte 235", "hu", "expenses"),
    # the rest named as spending with no figure of its own
    ("a hitel 30 ezer, a többi a kaja", "hu", "expenses"),
    ("lakbér 115, a többi megy a rezsire", "hu", "expenses"),
    ("a lízing 54, meg a sógoromnak tartozom", "hu", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_61b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_61b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
