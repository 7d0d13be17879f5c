"""Hungarian amounts misread in the development rounds (session 52), by family, in words of our
own: what is asked again, and the near lines that keep their reading.

Asked again: at the pay, the spending and the debts' payments, the one figure said only as a
bound ("max 200", "min 200", "majdnem 300", "… minimum 250"): how far under or over it the
month is stays unsaid. Near lines: a second figure said within the bound ("max 250, inkább
230"), an offer's ceiling ("max 20" at counter), a card's minimum payment at the debts.
Read: two statistics of the month ("medián 176, átlag 183"), the one chosen after them ("a
mediánt írnám"); none chosen, asked again (never added up). Near lines: one statistic alone.
Asked again: at the spending, a figure said as money that came back ("visszajött 12 ezer
túlfizetés miatt"): whether it is taken off stays unsaid. Near lines: a refund with no figure,
a debt paid back ("visszafizetem").
Asked again: at the spending, an item counted by a share of it with no figure for the share,
then the whole item's figure ("120 ezer + a rezsi fele, a rezsi 44"): added up, the whole would
be taken for the share. Near lines: the share's own figure said ("a rezsi fele, ami 40").
Asked again: this month's figure, then that another month is not known or not that figure
("230, egyébként nem tudom pontosan", "…, egyébként kevesebb"): the usual month is unsaid.
Near lines: a figure not known exactly ("230, nem tudom pontosan"), "egyébként" of another thing.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # the one figure said only as a bound
    ("expenses", "max 190", "ambiguous"),
    ("expenses", "havonta maximum 210 ezer", "ambiguous"),
    ("income", "minimum 230", "ambiguous"),
    ("income", "majdnem 280 a nettó", "ambiguous"),
    ("expenses", "lakbér, rezsi, bérlet, kaja... majdnem 240", "ambiguous"),
    ("other_debts", "a személyi kölcsönre max 40", "ambiguous"),
    # near lines: a figure within the bound, an offer's ceiling, a card's minimum payment
    ("expenses", "max 220, inkább 205", "205000"),
    ("counter", "max 25", "25000"),
    ("other_debts", "minimum 18", "18000"),
    ("expenses", "kb 215", "215000"),
    # two statistics of the month, the median and the average: the one chosen, or asked again
    ("expenses", "medián 190, átlag 205, az átlagot írnám", "205000"),
    ("expenses", "az átlag 210, a medián meg 198, maradjunk a mediánnál", "198000"),
    ("income", "a medián 300 az átlag 320, a mediánt vedd", "300000"),
    ("expenses", "a medián 176, az átlag 183", "ambiguous"),
    # near lines: one statistic alone, an average with an item of it
    ("expenses", "átlag 183", "183000"),
    ("expenses", "a kiadások átlaga 195, abból a lakbér 110", "195000"),
    # money that came back beside the spending: whether it is taken off stays unsaid
    ("expenses", "lakbér 110, rezsi 35, kaja 60, a gáztól visszakaptam 9 ezret", "ambiguous"),
    ("expenses", "albérlet 95, kaja 50, jóváírtak 6 ezret a számlán", "ambiguous"),
    ("expenses", "rezsi 40, lakbér 100, közben visszajött 7 ezer a vízműtől", "ambiguous"),
    # near lines: a refund with no figure, a debt paid back
    ("expenses", "lakbér 115, rezsi 31, a kauciót visszakaptam", "146000"),
    ("expenses", "lakbér 120, a hitelt visszafizetem havi 20-szal", "140000"),
    # an item counted by a share of it, then the whole item's figure: the share not worked out
    ("expenses", "lakbér 90 + a rezsi harmada, a rezsi 60", "ambiguous"),
    ("expenses", "kaja 50, meg a lakbér fele, a lakbér 130", "ambiguous"),
    ("expenses", "100 ezer plusz a rezsi fele, a rezsi 38", "ambiguous"),
    # near lines: the share's own figure said
    ("expenses", "lakbér 90 és a rezsi fele, ami 40", "130000"),
    ("expenses", "lakbér 90, a rezsi fele 20", "110000"),
    # this month's figure, then another month not known or not that figure: the usual unsaid
    ("expenses", "most 230 volt, egyébként nem tudom pontosan", "ambiguous"),
    ("expenses", "ebben a hónapban 245, egyébként kevesebb", "ambiguous"),
    ("income", "most 310 jött, egyébként kevesebb", "ambiguous"),
    # near lines: a figure not known exactly, "egyébként" of something else
    ("expenses", "230, nem tudom pontosan", "230000"),
    ("expenses", "kb 200, egyébként köszönöm", "200000"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_hungarian_misreads_are_read_right(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question(question), "hu", currency="HUF")
    assert got.meaning == expected
