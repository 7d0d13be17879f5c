"""Hungarian money answers whose own month's amount is left to ask again (a share of a whole
another pays into, takings before costs, a plan run over, a yearly or weekly cost beside the
monthly ones, an amount named but not said), and a one-off back pay beside a pension."""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import AmountProblem
from tests.support.amounts import read_as_asked


def _reads(text: str, language: str, question: str) -> str:
    """The amount read as the dialogue asks it, or "ambiguous" when it is to be asked again."""
    reading = read_as_asked(text, language, question)
    if reading.problem is AmountProblem.AMBIGUOUS:
        return "ambiguous"
    return f"{reading.amount:f}".removesuffix(".0") if reading.amount is not None else "none"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # another pays a part of the whole, the own part not worked out
        ("a teljes havi kiadásunk 420, ebből a párom 250-et áll, én a maradékot", "expenses"),
        ("a bátyámmal felesben visszük a boltot, havi 800-at hoz", "income"),
        # takings of a self-employed before costs
        ("betéti társaság, a forgalom 700, költséghányad 40%", "income"),
        ("katás vagyok, a bevétel havi 500", "income"),
        # an amount named, not said; no fixed amount
        ("papír nincs nálam, nagyjából a minimálbér meg egy kicsi", "income"),
        ("osztalékból élek, semmi fix havonta", "income"),
        # a plan said to run over
        ("tervben 250, de mindig több lesz", "expenses"),
        # a cost paid once a year, a weekly one without its figure, beside the monthly ones
        ("fa: télre egyszer 320 ezer, meg havi 140 minden más", "expenses"),
        ("hetente egyszer nagy bevásárlás, a rezsi meg a lakbér havonta kb 180", "expenses"),
    ],
)
def test_the_own_months_amount_left_to_ask_hu(text: str, question: str) -> None:
    assert _reads(text, "hu", question) == "ambiguous"


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a one-off back pay beside the pension is set aside
        (
            "a nyugdíjam 205 000, most jött 6 000 visszamenőleges korrekció, de az egyszeri",
            "income",
            "205000",
        ),
        (
            "rokkantnyugdíj 168 300, decemberben kaptam még 3 100 egyszeri kiegészítést",
            "income",
            "168300",
        ),
        # nothing at all is still 0; the own part said is read
        ("nincs bevételem", "income", "0"),
        ("tervezek 150-et és annyi is megy el", "expenses", "150000"),
    ],
)
def test_what_is_still_read_hu(text: str, question: str, expected: str) -> None:
    assert _reads(text, "hu", question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month's pay said, then the same pay in two parts: no second amount
        ("havi 240 ezer, két részletben: 2x 120", "240000"),
        ("a cég két részletben utal, havonta 260 ezer, 2x 130", "260000"),
        # a count times an amount alone is still its product
        ("két hitel, 2x 14 ezer", "28000"),
    ],
)
def test_a_months_pay_in_parts_hu(text: str, expected: str) -> None:
    question = "other_debts" if "hitel" in text else "income"
    assert _reads(text, "hu", question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payslip's lines pasted: the figure paid out, not the sum of its lines
        ("fizetési papír: bruttó 400 000, levonások 133 000, kifizetés 267 000", "267000"),
        ("bruttó 500, levonások 166, nettó 334", "334000"),
        # the lines without the figure paid out: asked again
        ("alapbér 380 000, pótlék 22 000, levonások 133 700", "ambiguous"),
    ],
)
def test_a_payslips_pay_hu(text: str, expected: str) -> None:
    assert _reads(text, "hu", "income") == expected


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the whole worked out said after "azaz"
        ("havonta 20 munkanap, napi 15 ezer, azaz 300 ezer", "income", "300000"),
        # the own figure said last, after a whole and "de"
        ("a fizum 290 lenne, de levonnak belőle a lakásra, nekem 250 marad", "income", "250000"),
        ("300 a bér, de a tartozás miatt 80-at levonnak, nekem 220 jut", "income", "220000"),
        ("négyünkre 320, de csak magamat számolom: 80", "expenses", "80000"),
    ],
)
def test_the_whole_worked_out_and_the_own_figure_hu(
    text: str, question: str, expected: str
) -> None:
    assert _reads(text, "hu", question) == expected


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # one month's pay or offer in parts, each on its day of the month: the sum
        ("5-én jön 120, 20-án a maradék 110, ugyanattól a cégtől", "income", "230000"),
        ("5-én 8 ezer, 20-án 4 ezer, a két fizetésnapomon", "counter", "12000"),
        # without a word that they are parts of one month, two figures are no sum
        ("5-én 8 ezer, 20-án 4 ezer", "counter", "ambiguous"),
    ],
)
def test_a_months_parts_by_day_hu(text: str, question: str, expected: str) -> None:
    assert _reads(text, "hu", question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months paid ahead in one sum, then the month's figure after "de"
        ("három hónapra előre kifizettem az albérletet, 360-at, de havonta 120", "120000"),
        ("előre fizettem 2 havit, 300 volt, de havi 150", "150000"),
    ],
)
def test_months_paid_ahead_beside_the_months_figure_hu(text: str, expected: str) -> None:
    assert _reads(text, "hu", "expenses") == expected
