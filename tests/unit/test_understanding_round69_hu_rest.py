"""Families of round 69 in Hungarian away from the money (answers out of step), with words of our
own: what is read, and what is still asked again or heard otherwise.

Agreement: a yes naming the plan picked after going back to the list ("a 6-os, amit
visszalépve választottam, elfogadom") is a yes; going back asked for is still no yes. Detail: a
yes naming the plan by its term ("igen, a 12 hónaposat") picks it; the term alone may name
another plan. Recovery: "azt én se tudom" is not known; "a jövő havi nyugdíjjal" is a month;
"havi 33" is a sum a month, no months. Temporary: a season's drop "always like this" ("télen
mindig így van") is temporary. Missed: the payment asked for at the month's end ("lehetne hó
végén levonni?") or "kifizethetem jövő héten?" moves it. Options: "megmondom, mennyit tudok" is
an own amount. Cause: only the base pay or half the work coming in is less income; a relative's
chemotherapy a family emergency; "a kutya se vesz" no pet. A language asked for beside "a magyar
helyesírásom már nem a régi" is the one asked for.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, interpret


@pytest.mark.parametrize(
    ("text", "question", "meaning"),
    [
        # agreement: the plan picked after going back, then a yes
        ("a 6-os a szünettel, amit visszamenve választottam, elfogadom", "agreement", "accept"),
        ("a 12 havit, amit visszamenve újra kiválasztottam, elfogadom", "agreement", "accept"),
        ("visszamentem és a 24 részletest választottam, elfogadom", "agreement", "accept"),
        ("nem, visszamennék a listához", "agreement", "decline"),
        ("elfogadom, de vissza szeretnék lépni", "agreement", "decline"),
        # detail: a yes naming the plan by its term
        ("Igen, a 12 hónaposat.", "detail", "choose"),
        ("igen, a 6 havit", "detail", "choose"),
        ("persze, a 24 részletes", "detail", "choose"),
        ("igen ezt, a 18 hónapos terv", "detail", "choose"),
        # recovery
        ("na azt én se tudom", "recovery", "unsure"),
        ("ezt én sem tudom", "recovery", "unsure"),
        ("nem tudom. van még egy személyi hitelem is, havi 25", "recovery", "unsure"),
        ("a jövő havi nyugdíjjal már rendben leszünk", "recovery", "1"),
        ("a jövő havi fizetéssel helyrejön", "recovery", "1"),
        ("3 hónap", "recovery", "3"),
        # temporary: a season's drop
        ("télen mindig így van, tavasszal megint jön a munka", "temporary", "yes"),
        ("nyáron jönnek a vendégek, a tónál mindig így megy ez", "temporary", "yes"),
        ("ősszel mindig így van, megszoktuk", "temporary", "yes"),
        ("nem, ez már mindig így lesz", "temporary", "no"),
        # missed: the payment moved
        ("lehetne inkább hó végén levonni? csak 25-e körül kapok pénzt", "missed", "change_plan"),
        ("a hónap elején levonnák inkább?", "missed", "change_plan"),
        ("későn utaltak, kifizethetem jövő héten a kettőt egyben?", "missed", "change_plan"),
        # options: an own amount told
        ("inkább megmondom, mennyit tudok", "options", "counter"),
        ("megírom inkább mennyit tudok fizetni", "options", "counter"),
        ("megmondanám mennyi menne", "options", "counter"),
        # cause
        (
            "alacsony a víz, áll a hajózás, csak alapbért kapok pótlékok nélkül",
            "cause",
            "reduced_income",
        ),
        ("fordító vagyok, de fele annyi megrendelés jön", "cause", "reduced_income"),
        ("a férjem kemoterápiára jár, én viszem, nem tudok dolgozni", "cause", "family_emergency"),
        ("kemóra járok, nem bírok dolgozni", "cause", "illness"),
        ("a kutyám műtétje vitte el a pénzt", "cause", "other"),
        # a language asked for, the other said to be rusty
        ("lehetne angolul? a magyar helyesírásom már nem a régi", "cause", "language:en"),
        ("angolul legyszi, a magyar irasom mar gyenge", "verify", "language:en"),
        ("magyarul kérem", "cause", "language:hu"),
    ],
)
def test_round_69_hu_out_of_step_away_from_the_money(
    text: str, question: str, meaning: str
) -> None:
    assert interpret(text, Question.at(question), "hu").meaning == meaning


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("havi 33", None),
        ("van még egy hitel, havonta 40", None),
        ("3 havi", 3),
        ("kb 2 hónap", 2),
    ],
)
def test_round_69_hu_a_sum_a_month_is_no_months(text: str, months: int | None) -> None:
    from dialogs.understanding.rules.months import read_months

    assert read_months(text, "hu") == months
