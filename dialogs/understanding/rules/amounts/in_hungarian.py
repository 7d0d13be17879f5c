"""The Hungarian rewrites of the reading (thousands and times said, figures denied, cases) and the
Hungarian-only patterns and helpers. Apart because Hungarian counts in thousands and says its
numbers in its own way; they run only when the language is Hungarian."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.corrections import (
    _times_said_unless_restated,
)
from dialogs.understanding.rules.amounts.items import (
    _the_rest_in_thousands,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.periods import (
    _times_said,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_DAY_HU,
    _A_NUMBER_IN,
    _EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU,
    _NONE_OF_THE_OFFERS,
    _SENTENCE_END,
    _UNTIL_A_DAY_HU,
    _all_before_blanked,
    _blanked,
    _in_thousands,
    _within,
)
from dialogs.understanding.rules.numerals import (
    Number,
    numbers_in,
)
from dialogs.understanding.rules.sums import (
    _ITEMS,
    _VARYING_AMOUNT,
)
from dialogs.understanding.rules.text import (
    regex,
)

#: Of a whole shared with others, that another pays a part of it, the own part not worked out:
#: "a havi kiadásunk 420, ebből a párom 250-et áll", "a boltot felesben visszük, 800-at hoz",
#: "együtt 520 jön be, a feleségem keres ebből 300-at".
_ANOTHERS_PART_HU = regex(
    r"\b(?:amibol|ebbol|abbol|a?melybol) (?:a |az )?(?:ferjem|felesegem|parom|elettarsam|tarsam|"
    r"anyam|apam|\w+om|\w+em) (?:[\w-]+ )?(?:fizet|all|ad|dob|keres|hoz)\w*|"
    r"\b(?:a |az )?(?:ferjem|felesegem|parom|elettarsam|tarsam) (?:keres|hoz|fizet|ad)\w* "
    r"(?:ebbol|abbol)\b|"
    r"\bfelesben\b|\b(?:ketten|harman) visszuk\b|"
    # another's cost halved with a sibling: "anyámét felezzük a testvéremmel, az 120 összesen"
    r"\bfelez(?:zuk|em)\b(?: \w+)?(?: a| az) (?:testver|bat|nover|ocs|hug)\w*(?:el|al)\b|"
    r"\ba (?:testver|bat|nover|ocs|hug)\w*(?:el|al) (?:\w+ )?felez(?:zuk|em)\b"
)


#: The own part of :data:`_ANOTHERS_PART_HU` said after all: "nekem 80 marad", "az én részem".
_OWN_PART_NAMED_HU = regex(r"\bnekem (?:\w+ )?(?:marad|jut|jon)\w*|\baz en (?:reszem|felem)\b")


#: A self-employed's takings before costs, what is left not said: "egyéni vállalkozó, 40%-os
#: költséghányad, 420 a bevétel", "katás vagyok, a forgalom havi 500".
_TAKINGS_BEFORE_COSTS_HU = regex(r"\b(?:ar)?bevetel\w*|\bforgalm?\w*")


_SELF_EMPLOYED_HU = regex(
    r"\bkoltseghanyad\w*|\bkata\w*|\batalany\w*|\bvallalkozo\w*|\bvallalkozas\w*|\bbt\b|"
    r"\bbeteti tarsasag\w*"
)


_WHAT_IS_LEFT_HU = regex(r"\bmarad\w*|\btiszta(?:n|hasznon)?\b|\bnetto\w*|\bkivesz\w*|\bhaszon\w*")


#: A spending planned, said to run over it: "tervben 200, de mindig több", "200-at tervezek".
_PLANNED_HU = regex(r"\btervben\b|\btervez\w*|\bterv szerint\b|\bbetervez\w*")


_MORE_THAN_PLANNED_HU = regex(
    r"\btobb\w*|\btullep\w*|\btull[oö]\w*|\btulkolt\w*|\bsosem eleg\b|\bnem jon ki\b"
)


#: A cost paid once a year beside the monthly ones: "tűzifa: ősszel egyszer 280 ezer", "évente
#: egyszer 60 a biztosítás". Spread over the months or not, the month's amount is not said.
_ONCE_A_YEAR_HU = regex(
    r"\b(?:osszel|telen|tavasszal|nyaron|evente|egy evben|telre|evi) egyszer\b|"
    r"\begyszer (?:egy )?(?:evben|evente|osszel|telen|telre)\b"
)


#: A part added to a figure, then said to vary: "fizetés 250 + prémium, ami ingadozik", "kb 50
#: a rezsi, ezen felül a kaja, az meg ahogy jön". The part's month is not known, nor the whole's
#: ("a fizetésem ingadozik, átlag 250" alone is no part added: the tests need both).
#: ("and" is the "+" of a list, rewritten before the test.)
_A_PART_ADDED_HU = re.compile(r"\+|\b(?:plusz|and)\b|\bezen (?:felul|kivul)\b|\bmellette\b")


_THE_PART_VARIES_HU = regex(r"\bingadoz\w*|\bahogy (?:jon|adodik|esik)\b")


#: An item of a list of figures said to come as it comes, with no figure of its own: "albi 125,
#: rezsi ahogy jön, kaja 60", "lakbér 110, a kaja ahogy adódik". The item's month is not known,
#: nor the whole's ("a többi ahogy jön" is :data:`_THE_REST_AS_IT_COMES_HU`).
_AN_ITEM_AS_IT_COMES_HU = regex(
    r"(?:^|[,;] ?)(?:a |az )?[a-z]+ (?:meg |pedig )?ahogy (?:jon|adodik|esik)\b(?! ?[0-9])"
)


#: A weekly cost said without its figure, beside a month's: "hetente egy nagy bevásárlás, a
#: többi havonta 150". The week's amount is not said, so neither is the month's.
_WEEKLY_NO_FIGURE_HU = regex(r"\bhetente\b|\bheti (?:egy|egyszer|nagy)\b")
#: The weekly item's month's figure pointed at in the clause right after it: "a bébiszitter
#: hetente kétszer jön, az havonta 50" (its figure is said, by the month).
_ITS_MONTHS_FIGURE_NEXT_HU = re.compile(r"[,;] (?:az|ez|ami) (?:\w+ )?(?:havonta|havi)\b")


_A_CLAUSE_BREAK_HU = re.compile(r"[,;.!?]")


#: A day of the month right before an amount paid on it: "10-én jön 150", "25-én 5 ezer".
_ON_A_DAY_HU = regex(rf"\b{_A_DAY_HU}\W{{0,3}}(?:jon |a maradek |a tobbi )?$")


#: Said of amounts on days of the month: they are parts of one month's ("a maradék", "a két
#: fizetésnapomon", "ugyanattól a cégtől"), not two figures to choose from.
_PARTS_OF_ONE_MONTH_HU = regex(
    r"\ba maradek\b|\ba tobbi\b|\bket fizetesnap\w*|\bugyanattol\b|\bket reszlet\w*"
)


def _a_months_parts_by_day_hu(
    folded: str, chosen: list[Number], in_thousands: bool
) -> Decimal | None:
    """The sum of amounts each said after its own day of the month and said to be parts of
    one month's (:data:`_PARTS_OF_ONE_MONTH_HU`): a wage paid, or an offer made, in two parts."""
    if ("-en" not in folded and "-an" not in folded) or not _PARTS_OF_ONE_MONTH_HU.search(folded):
        return None
    if not all(_ON_A_DAY_HU.search(folded, max(0, n.start - 20), n.start) for n in chosen):
        return None
    parts = [_in_thousands(n, folded) if in_thousands else n for n in chosen]
    if any(n.value is None for n in parts):
        return None
    return sum((n.value for n in parts if n.value is not None), Decimal(0))


#: "v" typed for "vagy" (or) between two figures: "kaja 50 v 60", read as the word.
_OR_TYPED_AS_V_HU = re.compile(r"(?<=[0-9]) v (?=[0-9])")


#: Right before the own figure, said last after a whole and "de": "a bérem 312 lenne, de
#: levonnak belőle, nekem 281 marad", "hármunkra 240, de csak magamat írnám: 80".
_OWN_FIGURE_BEFORE_HU = regex(
    r"\b(?:nekem|nekem csak|csak magamat (?:\w+)|magamat (?:\w+)|magamra|az en reszem)\W{0,3}$|"
    # what is left, named before its figure: "…, ami nekem marad, az 220", "ami marad: 190"
    r"\bami (?:nekem )?(?:meg)?(?:marad|jut)(?: nekem)?(?: tisztan)?,? (?:az )?\W{0,3}$"
)


_OWN_FIGURE_AFTER_HU = regex(r" ?(?:ezer|e?t)? ?(?:marad|jut)\b")


#: The month's spending named after a clause break, its figure said last, in Hungarian:
#: "óránként 7500-at kérek, a kiadásom meg havonta 230 körül", "a családi pótlék 17 ezer, a
#: kiadás viszont 263", "egy lángos 1800 :D a háztartás havi 215", "a cafeteria évi 200 ezer, …,
#: a saját zsebemből havi 178", "…, de az nem az én pénzem, nekem havi 205 megy el". The figures
#: before it are of other things (a price, a rate, an allowance, the pensions it is paid from).
_SPENDING_NAMED_BEFORE_THE_LAST_HU = regex(
    r"(?:^|[,;:!?)]|\bde|\bes|\bd|\bkerdes) (?:a |az )?(?:havi |teljes |osszes )?"
    r"(?:(?:kiadas|koltes|kolteseg)(?:om|unk|eim|aim|aink|ok|eink)?|haztartas|"
    r"(?:a )?sajat zsebembol|nekem)"
    r"(?: (?:meg|viszont|pedig|ebbol|ugye|tehat|igy|amugy))?:?"
    r"(?: (?:havi|havonta|egy honapban))?(?: (?:kb\.?|olyan|nagyjabol|korulbelul))? ?$"
)


#: After that last figure, only how near it is or that it goes out: "230 körül", "205 megy el".
_SPENDING_FIGURE_ENDS_HU = regex(
    r"(?:-?(?:at|et|ot|t))?(?: ?(?:ezer\w*|e\b))?(?: ?(?:ft|forint\w*))?"
    r"(?: (?:korul|korul van|koruli|megy el|megy ki|ennyi))?\W*$"
)


#: The spending itself named right before the last figure, after a clause break: "…, a
#: kiadásom 158", "😅 havi kiadás 171", "a rendes havi kiadás 188" (not "nekem" nor "a
#: háztartás", which may be a part).
_THE_SPENDING_ITSELF_BEFORE_HU = regex(
    r"(?:^|[,;:!?)]|\bde|\bes|[^\w\s]) (?:a |az )?(?:rendes |szokasos |atlagos )?"
    r"(?:havi |teljes |osszes )?(?:kiadas|koltes|kolteseg)(?:om|unk|eim|aim|aink|ok|eink)?"
    r"(?: (?:meg|viszont|pedig|tehat|igy|amugy))?:?"
    r"(?: (?:havi|havonta|egy honapban))?(?: (?:kb\.?|olyan|nagyjabol|korulbelul))? ?$"
)


def _the_spending_named_itself_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when the month's spending itself is named right before it, after a
    clause break, and nothing but "körül" or "megy el" follows: the figures and words before
    it (a rate by the hour, a count by the day, a discount) are of other things."""
    last = chosen[-1]
    if last.value is None or last.part or last.not_monthly or last.negative:
        return None
    if not _SPENDING_FIGURE_ENDS_HU.match(folded, last.end):
        return None
    if _VARYING_AMOUNT.search(folded) or ("ig " in folded and _UNTIL_A_DAY_HU.search(folded)):
        return None  # "a kiadás változó", "15-éig a kiadás 120": no month's
    if not _THE_SPENDING_ITSELF_BEFORE_HU.search(folded, max(0, last.start - 40), last.start):
        return None
    return last


def _the_month_got_by_on_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The figure one says one gets by on in a month ("havi 180-ból jövök ki"): the figures
    said before it are of other things."""
    said = _GETTING_BY_ON_HU.search(folded)
    if not said:
        return None
    return next((n for n in chosen if n.start == said.start(1)), None)


def _the_spending_named_last_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when the month's spending is named right before it and nothing but
    "körül" or "megy el" follows: the figures said before it are of other things."""
    last = chosen[-1]
    if last.value is None or last.part or last.not_monthly or last.negative:
        return None
    if not _SPENDING_FIGURE_ENDS_HU.match(folded, last.end):
        return None
    named = _SPENDING_NAMED_BEFORE_THE_LAST_HU.search(folded, max(0, last.start - 50), last.start)
    if not named or (named[0].strip(" ,;:!?)").startswith("nekem") and "megy" not in folded):
        return None  # "nekem 20" alone: maybe a part beside others
    return last


def _the_own_figure_last_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when it is said to be the cardholder's own after "de" (what is left to
    them, or them alone): the whole or the wage before it is context."""
    last = chosen[-1]
    if last.value is None or folded.rfind(" de ", 0, last.start) < 0:
        return None
    before = _OWN_FIGURE_BEFORE_HU.search(folded, max(0, last.start - 30), last.start)
    if not before:
        return None
    if before[0].startswith("nekem") and not _OWN_FIGURE_AFTER_HU.match(folded, last.end):
        return None  # "nekem 20" alone: maybe a part beside others
    return last


#: Right before and after what is left to the cardholder said last, in Hungarian: "egy óra 9
#: ezer, 30-40 óra egy hónapban, a cég viszi a harmadát, nekem tisztán kb 230 marad" (the rates,
#: the counts and the shares before it are how the month's comes about: context).
_LEFT_TO_ME_BEFORE_HU = re.compile(
    r"\bnekem (?:(?:tisztan|kb|olyan|nagyjabol|korulbelul|atlagban|havonta|havi) ){0,2}$"
)
_LEFT_TO_ME_AFTER_HU = re.compile(r" ?(?:ezer\w*|e?t)? ?marad\W*$")
#: How the month's comes about, said before what is left: a rate for each piece ("egy piercing
#: 12 ezer", "négyzetméterenként 8000") or a share taken ("elviszi a felét"). Without it, "300
#: jön, nekem 70 marad" may be what is left after spending: still asked again.
_A_RATE_OR_A_SHARE_TAKEN_HU = re.compile(
    r"[eo]nkent\b|\begy \w+ [0-9]|\b(?:felet|harmadat|negyedet|szazalek\w*)\b|[0-9] ?%"
)


def _left_to_me_said_last_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when it ends the message as what is left to the cardholder ("nekem kb
    260 marad"): said last after how it comes about (a rate or a share taken), whatever figures
    came before."""
    last = chosen[-1]
    if last.value is None or not _LEFT_TO_ME_AFTER_HU.match(folded, last.end):
        return None
    before = _LEFT_TO_ME_BEFORE_HU.search(folded, max(0, last.start - 30), last.start)
    if not before or not _A_RATE_OR_A_SHARE_TAKEN_HU.search(folded, 0, before.start()):
        return None
    return last


#: Right before the figure paid out on a pasted payslip: "kifizetés 220 500", "nettó: 233 600".
_PAID_OUT_HU = regex(r"\b(?:kifizet\w*|netto\w*|kezhez\w*|utal(?:t|va|as)\w*|folyosit\w*)\W{0,3}$")


def _the_payslips_pay_hu(
    folded: str, chosen: list[Number], limit: Decimal, in_thousands: bool
) -> AmountReading:
    """A payslip's lines pasted ("alapbér 290 000, pótlékok 41 200, levonások 110 700,
    kifizetés 220 500"): the one figure paid out is the income; its lines are no amounts to add,
    and without the figure paid out the month's pay is asked again."""
    paid = [n for n in chosen if _PAID_OUT_HU.search(folded, max(0, n.start - 16), n.start)]
    paid = _the_rest_in_thousands(paid, folded, in_thousands)
    if len({n.value for n in paid}) == 1 and paid[0].value is not None:
        return _within(paid[0].value, limit)
    return AmountReading(None, AmountProblem.AMBIGUOUS)


#: A household's whole, brought in or spent by several together, with nothing said of the own
#: part: "hárman hozunk haza 700-at", "ez kettőnk költése", "mindkettőnk fizetése oda megy",
#: "a két fizetés együtt 500", "az egyik az enyém", "a testvérem részével együtt", "mindenki
#: annyit ad bele amennyit tud", "egyformán osztjuk négyen" (the labelled rounds do not divide
#: for the cardholder; asked again). Tested only where :data:`_A_HOUSEHOLDS_WORDS_HU` holds.
_A_HOUSEHOLDS_WHOLE_OWN_PART_UNSAID_HU = re.compile(
    r"\b(?:ketten|harman|negyen) (?:hozunk|keresunk|hasznaljuk|visszuk)\b|"
    # a figure spent together, the own part unsaid: "hárman 310-et költünk" (not halved after
    # it: "…, fele-fele", "…, felezzük")
    r"\b(?:ketten|harman|negyen) (?:kb\.? )?[0-9]+\S* (?:koltunk|koltunk el|elkoltunk)\b"
    r"(?![^.;!?]*\bfele)|"
    r"\b(?:hozzuk|hasznaljuk|visszuk) (?:ketten|harman|negyen)\b|"
    # a figure earned together, the figure said before the verb: "ketten 610-et keresünk",
    # "hárman kb 700-at hozunk haza"
    r"\b(?:ketten|harman|negyen) (?:kb\.? )?[0-9]+\S* (?:keresunk|hozunk|kapunk)\b|"
    r"\b(?:mind)?kettonk\b|\bket (?:nyugdij|fizetes)\w* (?:egyutt|osszesen)\b|"
    r"\baz egyik az enyem\b|\breszevel egyutt\b|"
    r"\bmindenki (?:annyit|amennyit|amit|beadja|beteszi)\b|"
    r"\b(?:egyenloen|egyforman) osztjuk\b|"
    # living off a whole together, or a debt paid jointly however it falls: "négyen élünk
    # 400-ból", "ketten kb 300-ból jövünk ki", "a hitelt a férjemmel fizetjük valahogy közösen"
    r"\b(?:ketten|harman|negyen) elunk (?:kb\.? )?[0-9]+(?: ?ezer)?-?(?:bol|bel)\b|"
    r"\b(?:ketten|harman|negyen) (?:kb\.? |olyan |nagyjabol )?[0-9]+(?: ?ezer)?-?(?:bol|bel) "
    r"(?:elunk|megelunk|jovunk ki|kijovunk)\b|"
    r"\bfizetjuk (?:\w+ ){0,2}kozosen\b|"
    # a debt paid with a partner however it falls, or its halving asked, not said: "a párommal
    # fizetjük valahogy", "a volt feleségemmel felezzük? a bíróság még nem döntött"
    r"\b(?:parommal|ferjemmel|felesegemmel|elettarsammal) (?:fizetjuk|torlesztjuk)\b"
    r"(?! (?:fele|50|egyenl|egyforma))|\bfelezzuk\?|"
    # a whole shared and said not to be split: "közös hitel a párommal, havi 120, nem osztjuk el"
    r"\bnem (?:osztjuk|felezzuk)(?: (?:el|meg|szet|ketfele))?\b"
    r"(?![^.;!?]*\b(?:egyedul|en fizetem|en allom)\b)"
)

#: At income, the household counted, then the whole of its incomes: "hárman élünk nyugdíjból, az
#: anyósomé, az apósomé és az enyém, a három együtt 520 ezer" (the own part unsaid; not "a kettő
#: együtt", two own incomes, nor at expenses, where the household's spending is the figure).
_THE_HOUSEHOLDS_INCOMES_TOGETHER_HU = re.compile(
    r"\b(?:ketten|harman|negyen) elunk\b[^.;!?]*\ba (?:ketto|harom|negy) (?:egyutt|osszesen)\b"
)

#: At income, the figure brought in with a partner, the own part in it unsaid: "a férjemmel
#: együtt 600 jön be", "az élettársammal közösen kb 480" (asked again where it is the only
#: figure; at expenses the household's spending together is the figure labelled).
_BROUGHT_IN_WITH_A_PARTNER_HU = re.compile(
    r"\b(?:parommal|ferjemmel|felesegemmel|elettarsammal) (?:egyutt|kozosen)\b"
    r"(?=\W{0,3}(?:kb\.? |olyan |nagyjabol )?[0-9])"
)

#: At expenses, the figure spent with a partner, said with a verb of spending together: "a
#: férjemmel együtt 260 megy el", "az élettársammal közösen kb 310-et költünk" (the own spending
#: in it unsaid; asked again where it is the only figure). Not "a kiadásunk a párommal együtt
#: 318", the household's spending named as the figure asked, as labelled.
_SPENT_WITH_A_PARTNER_HU = re.compile(
    r"\b(?:parommal|ferjemmel|felesegemmel|elettarsammal) (?:egyutt|kozosen)\W{0,3}"
    r"(?:kb\.? |olyan |nagyjabol )?[0-9]+\S*(?: ?ezer\w*)? "
    r"(?:megy el|elmegy|koltunk|koltunk el|elkoltunk)\b"
)

#: The own figure said beside a household's whole, which then is no whole left to ask about:
#: "…, abból én 120-at fizetek", "az enyém 300".
_THE_OWN_FIGURE_BESIDE_THE_HOUSEHOLDS_HU = re.compile(
    r"(?:^|[ ,])en (?:\w+ )?[0-9]|\baz enyem\W{0,3}(?:kb\.? )?[0-9]"
)

#: The words one of :data:`_A_HOUSEHOLDS_WHOLE_OWN_PART_UNSAID_HU`'s matches has.
_A_HOUSEHOLDS_WORDS_HU = ("ketten", "harman", "negyen", "kettonk", "ket ", "egyik", "reszevel",
                          "mindenki", "osztjuk", "kozosen", "mal fizetjuk", "mel fizetjuk",
                          "mal torlesztjuk", "mel torlesztjuk", "felezzuk?", "nem osztjuk",
                          "nem felezzuk")  # fmt: skip


#: A price of one piece of work, as pay: "egy koszorúért 3500-at kapok", "egy repülés 25 ezer",
#: "egy forgatási nap 15 ezer" (a figure of three digits or more, or in thousands, after "egy"
#: and the piece; not "egy hónapban 300", a month's, nor "egy estén 20 ezret", a time's, nor "egy
#: kis munka 60").
_A_PIECE_PRICE_HU = re.compile(
    r"\begy (?!(?:honap|ev|het|nap|este|ejjel|kis|jo|rossz)\w*\b)(?:[^\W\d]+i )?[^\W\d]+ "
    r"(?:[0-9]{1,3} ?ez(?:er|re)|[0-9]{3,}(?:[ .][0-9]{3})*)(?![0-9])"
)

#: The month's pay marked beside a piece price: "havonta 380 marad", "jött 420 ezer", "azaz
#: 350", "a nettó 398".
_THE_MONTHS_PAY_MARKED_HU = re.compile(
    r"\b(?:havi|havonta|marad|osszesen|azaz|jott|netto|nettom|fix|fixen|atlag\w*|elosztva)\b"
)


def _a_piece_price_alone_hu(folded: str) -> bool:
    """Whether a Hungarian income is said only as the price of one piece of work
    (:data:`_A_PIECE_PRICE_HU`), with how many pieces a month not said as a month's pay
    (:data:`_THE_MONTHS_PAY_MARKED_HU`): "egy tetőért 90 ezret kapok, tavaly 14 tető volt",
    "egy fuvar 30 ezer, annyi amennyit kapok". The price is no month's pay, nor is it to be
    added to the count of pieces; asked again."""
    return bool(_A_PIECE_PRICE_HU.search(folded) and not _THE_MONTHS_PAY_MARKED_HU.search(folded))


#: At income, more said to come beside the figure, as it comes, unsized: "hétvégente 30, meg
#: hét közben ami jön", "a nyugdíj 150 meg ami összejön" (the figure is a part; asked again).
#: Not "a nettó ami jön 249", the figure said after it.
_MORE_AS_IT_COMES_HU = re.compile(
    r"\bmeg (?:[^\W\d]+ ){0,3}ami (?:jon|bejon|osszejon)\b(?![^0-9]*[0-9])"
)
#: The month's spending said to be still counted, with only one item's figure given meanwhile:
#: "még számolom, a lakás 120 biztos", "most számolgatom, albi 95" (the item is no whole; asked
#: again). An opening "ha jól számolom" (if I count right) is no counting still going on.
_STILL_COUNTING_A_PART_NAMED_HU = re.compile(
    r"^(?:meg |most )?(?:szamolom|szamolgatom|osszeszamolom|megszamolom|kiszamolom)\b"
    r"(?!.*\b(?:ossz|osszesen|az [0-9]|ez [0-9]))"
    r".*\b(?:a |az )?(?:lakber|lakas|alberlet|albi|rezsi|kaja|berlet)\w* (?:kb\.? )?[0-9]"
)


def _left_to_ask_hu(folded: str, chosen: list[Number], asked: str | None) -> bool:
    """Whether a Hungarian answer leaves its month's own amount to be asked again: another's
    part of a shared whole (:data:`_ANOTHERS_PART_HU`), a self-employed's takings before costs,
    a planned spending said to run over, a cost paid once a year or a weekly one without its
    figure beside the monthly ones. Each is tested by a cheap word first."""
    shared = "bol " in folded or "feles" in folded or "visszuk" in folded or "felez" in folded
    if (
        asked in ("income", "expenses")
        and shared
        and _ANOTHERS_PART_HU.search(folded)
        and not _OWN_PART_NAMED_HU.search(folded)
    ):
        return True
    if (
        asked in ("income", "expenses", "other_debts")
        and any(w in folded for w in _A_HOUSEHOLDS_WORDS_HU)
        and _A_HOUSEHOLDS_WHOLE_OWN_PART_UNSAID_HU.search(folded)
        and not _OWN_PART_NAMED_HU.search(folded)
        and not _THE_OWN_FIGURE_BESIDE_THE_HOUSEHOLDS_HU.search(folded)
    ):
        return True  # "ketten hozunk haza 600-at", "hárman vagyunk, egyenlően osztjuk"
    if (
        asked == "income"
        and ("mal " in folded or "mel " in folded)
        and len({n.value for n in chosen}) == 1  # (not "nettó 240, a férjemmel együtt 510")
        and _BROUGHT_IN_WITH_A_PARTNER_HU.search(folded)
        and not _OWN_PART_NAMED_HU.search(folded)
        and not _THE_OWN_FIGURE_BESIDE_THE_HOUSEHOLDS_HU.search(folded)
    ):
        return True  # "a férjemmel együtt 600 jön be"
    if (
        asked == "expenses"
        and ("mal " in folded or "mel " in folded)
        and len({n.value for n in chosen}) == 1
        and _SPENT_WITH_A_PARTNER_HU.search(folded)
        and not _OWN_PART_NAMED_HU.search(folded)
        and not _THE_OWN_FIGURE_BESIDE_THE_HOUSEHOLDS_HU.search(folded)
    ):
        return True  # "a feleségemmel együtt 280 megy el"
    if (
        asked in ("income", "expenses")
        and ("ingadoz" in folded or "ahogy" in folded)
        and (varies := _THE_PART_VARIES_HU.search(folded))
        and _A_PART_ADDED_HU.search(folded, 0, varies.start())
    ):
        return True  # "alap 260 + jutalék, ami ingadozik"
    if asked == "income" and "ami " in folded and _MORE_AS_IT_COMES_HU.search(folded):
        return True  # "hétvégén 30, meg néha ami jön"
    if asked == "expenses" and "ahogy" in folded and _AN_ITEM_AS_IT_COMES_HU.search(folded):
        return True  # "albi 125, rezsi ahogy jön, kaja 60"
    if asked == "income" and "egy " in folded and _a_piece_price_alone_hu(folded):
        return True  # "egy híd terve 200 ezer, van, hogy egy sincs"
    if asked == "income" and ("bevetel" in folded or "forgalom" in folded):
        return bool(
            _TAKINGS_BEFORE_COSTS_HU.search(folded)
            and _SELF_EMPLOYED_HU.search(folded)
            and not _WHAT_IS_LEFT_HU.search(folded)
        )
    if asked != "expenses":
        return False
    if "szamol" in folded and _STILL_COUNTING_A_PART_NAMED_HU.search(folded):
        return True  # "még számolom, a rezsi 30 az biztos"
    if "terv" in folded and _PLANNED_HU.search(folded) and _MORE_THAN_PLANNED_HU.search(folded):
        return True
    if "egyszer" in folded and len(chosen) > 1 and _ONCE_A_YEAR_HU.search(folded):
        return True
    if "het" in folded and (weekly := _WEEKLY_NO_FIGURE_HU.search(folded)):
        ends = [m.end() for m in _A_CLAUSE_BREAK_HU.finditer(folded, 0, weekly.start())]
        lo = ends[-1] if ends else 0
        after = _A_CLAUSE_BREAK_HU.search(folded, weekly.end())
        if after and _ITS_MONTHS_FIGURE_NEXT_HU.match(folded, after.start()):
            after = _A_CLAUSE_BREAK_HU.search(folded, after.end())  # "…, az havonta 50"
        hi = after.start() if after else len(folded)
        return not any(lo <= n.start < hi for n in chosen)
    return False


def _read_thousands_and_times_hu(reading: _AmountBeingRead) -> AmountReading | None:
    """Hungarian: joins thousands and hundreds and multiplies the times said."""
    if reading.language != "hu":
        return None
    folded = reading.folded
    offer = reading.offer
    owed = reading.owed
    # (each pattern below is tried only where a word or a character each match has is)
    if " v " in folded:
        folded = _OR_TYPED_AS_V_HU.sub(" vagy ", folded)  # "35 v 40": thirty-five or forty
    if "ezer " in folded:
        folded = _THOUSAND_AND_HUNDREDS.sub(r"\1\2", folded)
    if "szaz" in folded:  # "háromszáz40": 340
        folded = _HUNDREDS_WORD_GLUED_TO_DIGITS_HU.sub(_hundreds_and_digits_hu, folded)
    if not owed and folded[1:2] == " " and len(folded) < 20:  # "1 83 000": a space slipped in
        folded = _A_SPACE_SLIPPED_INTO_A_FIGURE_HU.sub(r"\1\2\3  ", folded)
    # "2 3 5 ezer": one figure typed a digit at a time, as English reads "1 2 5 0"
    folded = _DIGITS_TYPED_APART_HU.sub(lambda m: m[0].replace(" ", "").ljust(len(m[0])), folded)
    if "(" in folded:
        folded = _THOUSANDS_ASIDE_HU.sub(
            lambda m: f"{m[1]} ezret{m[2]}".ljust(len(m[0])), folded
        )  # "havonta 25-öt tudok (ezret persze)": twenty-five thousand
    if "millio " in folded:
        folded = _MILLION_AND_THOUSANDS.sub(
            lambda m: f"{m[1]}{int(m[2]):03d}000".ljust(len(m[0])), folded
        )  # "évente 3 millió 180": three million one hundred and eighty thousand
    if owed and not offer and _A_TERM_SAID_HU.search(folded):  # "6x 11 200, a 3.-nál tartok"
        times = _A_TERMS_PAYMENTS_TIMES_HU.sub(lambda m: " " * len(m[0]), folded)
        if times != folded:  # "12 x 25 ezer, 4 van hátra": the 4 is a count as well
            times = _PAYMENTS_LEFT_BARE_HU.sub(lambda m: " " * len(m[0]), times)
        folded = _HOW_FAR_ALONG_THE_TERM_HU.sub(lambda m: " " * len(m[0]), times)
    said = folded  # "havonta 198 ezer, két részletben, 2x 99": the 198 said again
    if "x" in folded and _ONLY_A_COUNT_OF_TIMES_HU.match(folded):
        folded = _A_NUMBER_IN.sub(lambda m: " " * len(m[0]), folded)  # "még 1x megnézem"
    if "x" in folded or "\u00d7" in folded or "*" in folded:
        folded = _TIMES_HU.sub(lambda m: _times_said_unless_restated(m, said), folded)
    if "mind" in folded:
        folded = _ALL_OF_THEM_HU.sub(_times_said, folded)
    if "szer " in folded or "szor " in folded:  # "kétszer 12 ezer": twenty-four thousand
        folded = _TIMES_IN_WORDS_HU.sub(lambda m: _times_said_unless_restated(m, said), folded)
    if "oszt" in folded:  # "elosztva 12-vel": the months a sum is divided by, no money
        folded = _A_DIVISOR_HU.sub(_without_the_divisor_hu, folded)
    if "havonta" in folded:  # "3 havonta": no count of money
        folded = _EVERY_FEW_MONTHS_HU.sub(" tobbhavonta", folded)
    if "havi" in folded:  # "3 havi végkielégítést kaptam": months' pay, counted
        folded = _MONTHS_OF_DEPOSIT_HU.sub(" ", folded)  # "2 havi kaució": months, no money
        folded = _MONTHS_OF_PAY_COUNTED_HU.sub(lambda m: " " * len(m[0]), folded)
        folded = _MONTHS_OF_PAY_A_YEAR_HU.sub(lambda m: " " * len(m[0]), folded)  # "13 havi"
    reading.folded = folded
    return None


#: The count a sum is divided by, said with its ending after "osztva": "elosztva 12-vel havi
#: 200", "3-mal elosztva" (the months or the people, no money; "15-tel több" is left, and
#: "elosztottam 12-vel" is read by the patterns that know that verb).
_A_DIVISOR_HU = re.compile(
    r"\b(?:el|le|szet)?osztva (?P<n>[0-9]{1,2}-?[a-z]{0,2}[ae]l)\b|"
    r"(?<![0-9.,])(?P<m>[0-9]{1,2}-?[a-z]{0,2}[ae]l) (?:el|le|szet)?osztva\b"
)


def _without_the_divisor_hu(divided: re.Match[str]) -> str:
    """The words of :data:`_A_DIVISOR_HU`'s match with the divisor blanked."""
    name = "n" if divided["n"] else "m"
    start, end = divided.start(name) - divided.start(), divided.end(name) - divided.start()
    return divided[0][:start] + " " * (end - start) + divided[0][end:]


#: A count of times typed with "x" as the message's only figure: "még 1x megnézem", "meg2x
#: atszamolom" (once or twice more, no money; not "2x 14 ezer", a figure after it).
_ONLY_A_COUNT_OF_TIMES_HU = re.compile(r"[^0-9]*(?<![0-9])[1-9] ?x\b[^0-9]*$")


#: At income, the hours worked a day, said as a clause of their own: "napi 8 óra, 215 tiszta",
#: "10 óra naponta, nettó 260" (a count of hours, no money; the pay beside it is read). Not an
#: hourly rate ("napi 8 óra, óránként 2000"), which stays as it was.
_HOURS_A_DAY_HU = re.compile(
    r"\b(?:napi [0-9]{1,2} ora|[0-9]{1,2} ora (?:naponta|egy nap|napi))(?=[,;.] ?[^0-9,;.]{0,12}"
    r"[0-9]{3}(?![0-9]| ?ft| ?forint| ?ora)(?![^.;!?]*oran))"
)


#: "semmi közük hozzá", "ahhoz semmi közöd": none of your business, no nothing spent or earned.
_NONE_OF_YOUR_BUSINESS_HU = re.compile(r"\bsemmi koz(?:uk|od|otok|e)\b")


def _set_aside_no_answer_hu(reading: _AmountBeingRead) -> AmountReading | None:
    """Hungarian: blanks denied figures and place numbers; cases are unclear."""
    if reading.language != "hu":
        return None
    asked = reading.asked
    folded = reading.folded
    offer = reading.offer
    owed = reading.owed
    if (
        "semmi koz" in folded
        and not _A_NUMBER_IN.search(folded)
        and _NONE_OF_YOUR_BUSINESS_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "semmi közük hozzá": no figure
    if (
        " nem " in folded
        and "ezer" in folded
        and _A_FIGURE_NEM_A_FIGURE_UNPUNCTUATED_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "havi 65 ezer nem 56 ezer"
    if "nem " in folded and _A_NUMBER_IN.search(folded):  # "220, nem 200 meg 20": denied
        folded = _A_FIGURE_DENIED_HU.sub(
            lambda m: m[0] if not _A_NUMBER_IN.search(folded, 0, m.start()) else " " * len(m[0]),
            folded,
        )
    if (
        asked == "income"
        and " elunk" in folded
        and _THE_HOUSEHOLDS_INCOMES_TOGETHER_HU.search(folded)
        and not _THE_OWN_FIGURE_BESIDE_THE_HOUSEHOLDS_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "hárman élünk, … a három együtt 520"
    if asked in ("expenses", "income") and (
        "kihagytam" in folded or "kimaradt" in folded or "elfelejtettem" in folded
    ):
        folded, untold = _without_the_item_a_correction_added_hu(folded)
        if untold:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "180, nem 195, kihagytam a 20-at"
    if asked in ("expenses", "income") and "most " in folded and " van" in folded:
        folded = _with_the_figures_of_the_month_now_hu(folded)  # "…, most január van"
    if (
        asked in ("expenses", "income")
        and "ig " in folded
        and "meg " in folded
        and _A_PART_OF_THE_YEARS_EXTRA_HU.search(folded)
        and len(_A_FIGURE_HU.findall(folded)) > 1
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, júniustól augusztusig még 120"
    if offer:
        folded = _without_what_an_offer_is_said_beside_hu(folded)  # "az 50 mellett max 20"
    if asked in ("expenses", "income") and any(w in folded for w in _STRIKING_OUT_WORDS_HU):
        folded, untold = _without_an_item_struck_out_hu(folded)  # "…, a benzint húzd ki"
        if untold:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "az edzőtermet húzd ki"
    if asked == "expenses" and "nem szamoltam" in folded:
        folded = _without_a_years_item_not_counted_hu(folded)  # "az éves adó 48, azt nem számoltam"
    if asked in ("expenses", "income") and "mert " in folded:
        folded = _A_RISE_EXPLAINED_HU.sub(lambda m: " " * len(m[0]), folded)  # "mert emelték"
    if (
        asked == "expenses"
        and ("irtam be" in folded or "beirva" in folded)
        and _AN_ITEM_NOT_WRITTEN_DOWN_YET_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a gyógyszert még nem írtam be"
    if asked == "income" and "ora" in folded:  # "napi 8 óra, 215 tiszta": hours, no money
        folded = _HOURS_A_DAY_HU.sub(lambda m: " " * len(m[0]), folded)
    if "-" in folded:  # "a 3-as házban a doktornő 80": the house's number, no money
        folded = _A_NUMBERED_PLACE_HU.sub(lambda m: " " * len(m[0]), folded)
        if asked in ("expenses", "other_debts"):  # "bérlet a 4-6-osra 8950" (at income or the
            # offer a list's "bérlet" would stand apart from its figure: not read as a cost)
            folded = _A_LINE_BY_ITS_NUMBER_HU.sub(lambda m: " " * len(m[0]), folded)
        folded = _AN_ENGINES_SIZE_HU.sub(lambda m: " " * len(m[0]), folded)  # "1.6-os dízel"
    if ("tetel" in folded or "terheles" in folded or "levonas" in folded) and (
        "?" in folded or "mi az" in folded or "mi ez" in folded
    ):  # "mi az a 1490-es tétel?": a line asked about
        folded = _A_STATEMENT_LINE_BY_ITS_FIGURE_HU.sub(lambda m: " " * len(m[0]), folded)
    if "irtam" in folded:  # "az előbb a kaját rosszul írtam, inkább 70": another answer's
        folded = _AN_EARLIER_ANSWER_PUT_RIGHT_HU.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "apolasi dij" in folded:  # "ápolási díj 62 ezer anyukám után"
        folded = _CARED_FOR_HU.sub(lambda m: m[1] + " " * len(m[2]), folded)
    if "bol " in folded:  # "a néni a 12-ből 20-at ad": the lady from number 12
        folded = _FROM_A_NUMBERED_PLACE_HU.sub(_a_place_before_more, folded)
        if asked == "income":  # "…, mellette dolgozom, abból 148": a second income
            folded = _FROM_A_SIDE_JOB_HU.sub(lambda m: m[0][:-5] + "plusz", folded)
            folded = _FROM_A_JOB_WORKED_AT_TIMES_HU.sub(lambda m: m[0][:-5] + "plusz", folded)
    if offer and "bol " in folded and (share := _THIS_CARDS_SHARE_HU.search(folded)):
        folded = " " * share.start() + folded[share.start() :]  # the budget before it
    if offer and "egyik" in folded and (none := _NONE_OF_THE_OFFERS.search(folded)):
        folded = " " * none.end() + folded[none.end() :]  # "6 hónap? 12? egyik sem, 7 ezer"
    if "jovairas" in folded:  # a pasted SMS: the credit, not the balance after it
        folded = _BALANCE_AFTER_A_CREDIT_HU.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked in ("expenses", "income")
        and "nelkul" in folded
        and _FIGURES_WITH_AND_WITHOUT_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "akkor 200, anélkül 140"
    if "?" in folded and any(word in folded for word in _WAVING_AWAY_WORDS_HU):
        folded = _A_FIGURE_WAVED_AWAY_HU.sub(lambda m: " " * len(m[0]), folded)  # "…?? viccelsz"
    if asked == "income" and "melle" in folded and _A_PART_BESIDE_THE_PAY_UNSAID_HU.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a bérem mellé … az 24 ezer"
    if (
        offer
        and ("amennyi" in folded or "amit" in folded)
        and _AN_OFFERS_PART_LEFT_TO_WHAT_CAN_BE_SPARED_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, meg én is amennyit tudok"
    if asked in ("expenses", "income", "other_debts", "counter") and ", " in folded:
        said_again = _the_figure_said_in_words_and_digits_hu(folded, reading.plain)
        if said_again is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "kétszázhúsz, tehát 202 ezer"
        folded = said_again  # "kétszázhúsz, 220 ezer": the one figure
    if asked in ("expenses", "income") and any(w in folded for w in _SO_THE_TOTAL_WORDS_HU):
        folded = _without_the_parts_of_the_total_said_last_hu(folded)  # "…, akkor 320"
    if (
        asked == "income"
        and "egyutt" in folded
        and ("lehet" in folded or "biztos" in folded)
        and _A_WHOLE_WITH_A_PART_NOT_SURE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…együtt 340, de lehet, hogy elmarad"
    if (
        "minden " in folded or "heti" in folded or "keth" in folded
    ) and _A_FIGURE_OF_ANOTHER_PERIOD_AFTER_HU.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "minden második hónapban 520"
    folded = _without_what_is_no_answer_hu(folded, asked, owed, offer)
    if asked in ("expenses", "income") and "ezer" in folded and _A_SCALE_TYPO_HU.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "kb 2100 ezer": 210 ezer?
    if (
        asked == "income"
        and ("tud" in folded or "derul" in folded)
        and _A_PART_OF_THE_PAY_NOT_KNOWN_YET_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "alap 180, a jutalék majd kiderül"
    if (
        asked == "expenses"
        and ("mmal" in folded or "mmel" in folded)
        and _A_SHARED_WHOLE_WITH_AN_UNSAID_SHARE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a párommal 250, én többet"
    if (
        asked in ("expenses", "income")
        and " ?" in folded
        and _AN_ITEMS_FIGURE_A_QUESTION_MARK_ON_ITS_LINE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rezsi | ?": its figure not known
    if (
        asked in ("expenses", "income")
        and ("ha " in folded or "egyszer " in folded or "hol " in folded)
        and _FIGURES_OF_CASES_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "ha dolgozom 200, ha nem 150"
    if "ha " in folded and _the_one_figure_on_a_condition_hu(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "ha megkapom a munkát, havi 20"
    if (
        asked in ("expenses", "income")
        and "hogy mennyi" in folded
        and _THE_REST_BESIDE_AN_ITEM_NOT_KNOWN_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "hogy mennyit nem tudom, a többi 90"
    if (
        asked in ("expenses", "income")
        and "nem tud" in folded
        and "mennyi " in folded
        and _AN_ITEMS_NEW_FIGURE_NOT_KNOWN_BESIDE_THE_REST_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "nem tudom mennyi lesz, a többi 120"
    if (
        asked in ("expenses", "income")
        and folded.count("?") >= 2
        and _FIGURES_GUESSED_WITH_QUESTION_MARKS_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "220? 240? nem tudom"
    if (
        asked == "income"
        and "lenne" in folded
        and _THE_PAY_THAT_WOULD_BE_SAID_LAST_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a bérem 260 lenne, de nem fizetnek"
    if any(w in folded for w in _ANOTHERS_WORDS_HU):  # "a húgom 300-at kért, pedig 218 a fizum"
        folded = _without_anothers_figure_before_the_own_hu(folded)
    if asked in ("expenses", "income") and any(w in folded for w in _A_LISTS_TOTAL_WORDS_HU):
        folded, unmade = _with_a_lists_total_said_last_hu(folded)
        if unmade:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, kaja 60, összesen 200"
    if asked in ("expenses", "income") and ("az osszes" in folded or "a teljes" in folded):
        folded = _without_all_before(folded, _THE_WHOLE_NAMED_AFTER_ITS_FIGURE_HU)  # "205 az össz"
    if asked in ("expenses", "income") and any(w in folded for w in _THE_MONTHS_WHOLE_WORDS_HU):
        folded = _without_all_before(folded, _THE_MONTHS_WHOLE_SAID_LAST_HU)  # ". összesen 209"
    if asked == "income" and (". " in folded or " de " in folded):  # "…. a fizetésem 238"
        folded = _without_all_before(folded, _THE_PAY_NAMED_LAST_HU)
    if asked in ("expenses", "income") and any(w in folded for w in _MARKED_AS_NOW_WORDS_HU):
        folded = _without_all_before(folded, _THE_FIGURE_MARKED_AS_NOW_AFTER_IT_HU)  # "most is"
    if (
        asked in ("expenses", "income", "other_debts")
        and folded.count("szerint") >= 2
        and _TWO_SOURCES_FIGURES_SIDE_BY_SIDE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "az app szerint 190, a füzet 170"
    if (
        asked in ("expenses", "income")
        and "benne" in folded
        and "mennyi" in folded
        and _A_PART_IN_THE_WHOLE_NOT_KNOWN_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "benne volt a szerviz is, az mennyi…"
    if (
        asked in ("expenses", "income")
        and "-e" in folded
        and "nem tud" in folded
        and len(_A_FIGURE_HU.findall(folded)) > 1
        and _A_PART_NOT_KNOWN_TO_COME_AGAIN_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, azt nem tudom jön-e máskor"
    if (
        asked in ("expenses", "income", "other_debts")
        and "-e" in folded
        and "nem tud" in folded
        and _A_PART_NOT_KNOWN_TO_COUNT_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, nem tudom ide számít-e"
    if (
        asked in ("expenses", "income")
        and "en nem " in folded
        and _ANOTHERS_FIGURE_THE_OWN_NOT_SEEN_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "azt mondja 260, én nem látom"
    if (
        asked in ("expenses", "income")
        and "vagy " in folded
        and _A_FIGURE_OR_SOMEWHAT_OFF_IT_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, vagy valamivel felette"
    if (
        asked == "other_debts"
        and ("nem egyez" in folded or "nem beszel" in folded or "nem allapod" in folded)
        and _A_PAYMENT_ASKED_NOT_AGREED_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "havi 20-at kér, nem egyeztünk meg"
    if (
        offer
        and "szeretn" in folded
        and "lehet" in folded
        and _A_WISH_THEN_ONLY_WHAT_MAY_GO_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "szeretnék 40-et, de lehet csak 20"
    if asked in ("expenses", "income") and any(w in folded for w in _WOULD_BE_WORDS_HU):
        folded, only_would_be = _without_the_figures_that_would_be_hu(folded)
        if only_would_be:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "szeretném ha 150 lenne"
    if asked == "other_debts" and "ezres" in folded and "ez a kartya" in folded:
        folded = _THIS_CARDS_SIZE_SAID_AFTER_IT_HU.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and _ANOTHER_QUESTIONS_FIGURE_ALONE_AT_INCOME_HU.match(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a kiadásom 200 körül"
    if (
        asked in ("expenses", "counter")
        and any(w in folded for w in _THE_PAYS_WORDS_HU)
        and _THE_PAY_ALONE_HU.match(folded)
        and not (
            asked == "counter" and "bol " in folded and _AN_OFFER_OUT_OF_THE_PAY_HU.match(folded)
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a nyugdíjam 190, ennyi van"
    if (
        asked in ("expenses", "other_debts")
        and "emlekszem" in folded
        and _AN_ITEMS_FIGURE_NOT_REMEMBERED_HU.search(folded)
        and _A_FIGURE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a tévés részletre nem emlékszem"
    if asked in ("expenses", "other_debts") and _an_items_figure_not_known_hu(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, azt a párom tudja"
    if asked in ("expenses", "income", "other_debts") and _a_figure_not_known_yet_hu(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "az új díját még nem tudom"
    if (
        offer
        and folded.startswith(("min", "havi min", "havonta min"))
        and _A_FLOOR_OFFERED_ALONE_HU.match(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "minimum 15 ezret, az biztos"
    if asked == "expenses" and folded.count(",") >= 3 and _bare_items_listed_last_hu(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, kaja 50, net, telefon"
    if (
        asked == "expenses"
        and "a tobbi " in folded
        and (rest := _THE_REST_NAMED_WITHOUT_A_FIGURE_HU.search(folded))
        and not _THE_REST_NOT_SPENT_OR_NOT_OWN_HU.search(folded, rest.start())
        and not _A_WHOLE_NAMED_BEFORE_THE_REST_HU.search(folded, 0, rest.start())
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "lakbér 120, a többi a kaja"
    if asked in ("expenses", "income") and "atlag" in folded and "elott" in folded:
        folded = _without_all_before(folded, _THE_AVERAGE_SAID_LAST_HU)  # "…, átlagban 320"
    if asked in ("expenses", "income") and "de en " in folded and "szamol" in folded:
        folded = _without_all_before(folded, _THE_OWN_COUNT_SAID_LAST_HU)  # "de én 203-at…"
    if (
        asked == "other_debts"
        and "tartoz" in folded
        and "nincs" in folded
        and _ONLY_A_DEBT_OWED_WITH_NO_PAYMENT_HU.fullmatch(folded)
    ):
        return AmountReading(Decimal(0), None)  # "anyósomnak tartozom 300 ezerrel, nincs havi fix"
    if (
        asked == "other_debts"
        and ("tartoz" in folded or "vissza" in folded)
        and ("nincs" in folded or "tud" in folded)
        and (no_payment := _A_DEBT_WITH_NO_PAYMENT_AFTER_HU.search(folded))
    ):  # "a kocsi 67, meg a bátyámnak tartozom de annak nincs részlete"
        folded = folded[: no_payment.start()] + " " * (len(folded) - no_payment.start())
    if (
        asked in ("expenses", "income")
        and "mult ho" in folded
        and "elott" in folded
        and _LAST_MONTHS_FIGURE_THEN_THE_ONE_BEFORE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "múlt hónap 200, előtte 230"
    if asked == "income" and "alap" in folded:  # "alap 200, túlórával 260": the pay with them
        folded = _without_the_base_before_the_pay_with_extras_hu(folded)
    if asked in ("expenses", "income") and "negyedev" in folded and _a_quarters_figure_hu(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a negyedéves kivonaton 540"
    if asked in ("expenses", "income", "other_debts") and "tol " in folded:
        folded = _without_a_figure_from_a_month_on_hu(folded)  # "hitel 35, júliustól 42"
    if (
        asked in ("expenses", "income")
        and ("egy " in folded or "nkent" in folded)
        and ("hav" in folded or "honap" in folded or "fiz" in folded or "ber" in folded)
    ):
        folded = _without_a_trades_rates_hu(folded)  # "20 kifli egy nap. a hónap 151 nálam"
    if asked in ("expenses", "income") and "is benne" in folded:
        folded = _without_all_before(folded, _A_PART_IN_IT_THEN_THE_WHOLE_HU)  # "…is benne, 187"
    if "irtam" in folded and "akartam" in folded:  # "150-et írtam? 180-at akartam"
        folded = _A_FIGURE_TYPED_THEN_THE_ONE_MEANT_HU.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked in ("expenses", "income", "other_debts")
        and "talan" in folded
        and _A_FIGURE_OR_MAYBE_ANOTHER_HU.search(folded)
        and not _ONE_OF_THEM_SURE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "170 talán 185": which one?
    if (
        asked in ("expenses", "income")
        and ("honapra" in folded or "hora" in folded)
        and "hav" not in folded
        and _A_FIGURE_FOR_MONTHS_TOGETHER_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "3 hónapra 450": the month's?
    if asked in ("expenses", "income") and ("nem eri el" in folded or "kerekit" in folded):
        folded = _without_all_before(folded, _A_BOUND_OR_ROUNDED_THEN_THE_EXACT_HU)  # "…, 187"
    if asked in ("expenses", "income") and "ha " in folded and "most " in folded:
        folded = _without_all_before(folded, _A_GOOD_MONTHS_FIGURE_THEN_NOWS_HU)  # "…, most 260"
    if (
        asked in ("expenses", "income", "other_debts")
        and "meg " in folded
        and folded.startswith(("0", "nulla", "semmi"))
        and _NOTHING_THEN_NOT_EVEN_HU.match(folded)
    ):
        return AmountReading(Decimal(0), None)  # "0, még segélyt se kapok"
    if (
        asked == "income"
        and "most " in folded
        and (season := _A_SEASON_BEFORE_THEN_NOTHING_NOW_HU.match(folded))
    ):  # "nyáron hozott, most télen nulla"
        folded = " " * season.end() + folded[season.end() :]
    if (
        asked == "other_debts"
        and folded.startswith("egyik")
        and _NONE_OF_THEM_OWED_HU.match(folded)
    ):
        return AmountReading(Decimal(0), None)  # "egyik sincs, csak ti"
    if "sz" in reading.plain and _HUNDREDS_AS_A_DIGIT_AND_A_WORD_HU.search(reading.plain.lower()):
        folded = _HUNDREDS_SPELLED_THEN_TENS_HU.sub(
            lambda m: f"{m[1]}{m[2]}".ljust(len(m[0])), folded
        )  # "kb 2 szaz 10": 210
    if (
        asked in ("expenses", "income")
        and ("kb" in folded or "korul" in folded or "nagyjabol" in folded)
        and (hedge := _A_HEDGE_AFTER_A_NEAR_FIGURE_HU.search(folded))
    ):  # "kb 205, de a pontosat nem tudom": the near figure
        folded = folded[: hedge.start()] + " " * (len(folded) - hedge.start())
    if (
        asked == "expenses"
        and "nem szamol" in folded
        and (left_out := _AN_ITEM_LEFT_OUT_FOR_A_REASON_HU.search(folded))
        and _A_REASON_FOR_NO_MONTHS_OWN_COST_HU.search(folded, left_out.start())
    ):
        folded = folded[: left_out.start()] + " " * (len(folded) - left_out.start())
    if (
        asked in ("expenses", "income", "other_debts")
        and ("tobb" in folded or "kevesebb" in folded)
        and _A_BOUND_THEN_SOMETIMES_OFF_IT_HU.match(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "közel 300, van hogy több"
    if (
        asked == "expenses"
        and ("vissza" in folded or "jovair" in folded)
        and _A_FIGURE_COME_BACK_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "… visszajött 12 ezer túlfizetés"
    if (
        asked == "expenses"
        and any(word in folded for word in _SHARES_OF_AN_ITEM_WORDS_HU)
        and _A_SHARE_OF_AN_ITEM_THEN_ITS_WHOLE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "+ a rezsi fele, a rezsi 44"
    if (
        asked in ("expenses", "income")
        and "egyebkent" in folded
        and _THE_USUAL_MONTH_UNSAID_AFTER_THE_FIGURE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, 230, egyébként nem tudom"
    if (
        asked in ("expenses", "income", "other_debts")
        and "honap" in folded
        and _THIS_MONTHS_ODD_FIGURE_ALONE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "ebben a hónapban 290, mert a kocsi…"
    if asked in ("expenses", "income") and "median" in folded and "atlag" in folded:
        kept = _with_only_the_statistic_chosen_hu(folded)
        if kept is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "medián 176, átlag 183"
        folded = kept  # "medián 176, átlag 183 … a mediánt írnám": the median
    if (
        asked in ("expenses", "income", "other_debts")
        and any(word in folded for word in _BOUNDS_SAID_ALONE_WORDS_HU)
        and _the_one_figure_a_bound_hu(folded, asked)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "max 200", "majdnem 300"
    if (
        asked in ("expenses", "income", "other_debts")
        and folded.startswith(("0 ", "0, "))
        and _NOTHING_THEN_ITS_REASON_HU.match(folded)
    ):
        return AmountReading(Decimal(0), None)  # "0 mert a cég fizeti a szállást"
    if (
        asked in ("expenses", "income", "other_debts")
        and folded.startswith(("0, ", "nulla, ", "semmi, "))
        and _NOTHING_THEN_ONLY_WHAT_IS_NOT_HU.fullmatch(folded)
    ):
        return AmountReading(Decimal(0), None)  # "0, január óta nincs munkám és segélyt se kapok"
    if "semmi" in folded and ("utan" in folded or "aztan" in folded or "kesobb" in folded):
        folded = _NOTHING_AFTERWARDS_HU.sub(lambda m: m[1] + " " * len(m[2]), folded)  # "…392,"
    if asked == "income" and ("semmi" in folded or "nulla" in folded):
        folded = _A_SIDE_INCOME_AT_NOTHING_NOW_HU.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked == "income"
        and "csak a" in folded
        and (only := _ONLY_THE_PAY_NOW_SAID_LAST_HU.search(folded))
    ):
        folded = _with_only_the_pays_figure_hu(folded, only)
    if asked == "expenses" and "neki " in folded and _ONLY_ANOTHERS_SPENDING_HU.match(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a kollégámnak 180 elmegy"
    if offer and "addig" in folded and _NOTHING_UNTIL_THEN_HU.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…egyben, addig semmit"
    reading.folded = folded
    return None


#: The total of a list said last, after a word that sums up, alone to the end: "albi 90, rezsi
#: 30, az összesen 120 egy hónapban", "…, kaja 65, ez így kb 180 havonta", "…, akkor 135".
_A_LISTS_TOTAL_SAID_LAST_HU = re.compile(
    r"[,;.:!] (?:(?:az|ez|ami|akkor|tehat|szoval|igy|vagyis|osszesen|egyutt|kb\.?|olyan|"
    r"nagyjabol) )*?(?<= )(?:az|ez|akkor|tehat|szoval|igy|osszesen|egyutt) "
    r"(?:(?:igy|osszesen|egyutt|kb\.?|olyan|nagyjabol) )*"
    r"(?P<total>[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?)(?:-?[a-z]{1,3}\b)?"
    r"(?: (?:havonta|havi|egy honapban|egy honapra|osszesen|egyutt|jon ki|megy el|lesz))*\W*$"
)
_A_LISTS_TOTAL_WORDS_HU = (", az ", ", ez ", "akkor ", "tehat ", "szoval ", "igy ", "osszesen ")
#: An item of the list with its figure: the item named right before it, "rezsi 30", "kaja kb 65",
#: the figure ending the item ("2 gyerek" is a count).
_AN_ITEM_NAMED_BEFORE_HU = re.compile(r"[a-z]{3,} (?:(?:kb\.?|kozel|olyan|atlag) )?$")
_AN_ITEMS_FIGURE_ENDS_HU = re.compile(
    r"(?:-?[a-z]{1,3}\b)?(?: ?(?:ft|forint)\w*)? ?(?:[,;+]| es | meg )"
)
#: What makes a list's figures no plain items to add: a figure of another period worked into
#: the month's, a divisor, a part taken out, a figure with a decimal ("évi 48, havira 4", "hetente
#: 25, az havonta 100", "ebből 30", "bérlet 9,5").
_NO_PLAIN_ITEMS_HU = re.compile(
    r"\b(?:het\w*|heti|napi|naponta|evi|eves|evente|evben|negyedev\w*|kethet\w*|eloszt\w*|"
    r"oszt\w*|ebbol|abbol|nelkul|minusz|levon\w*|marad\w*|helyett|nem|de|fele|harmad\w*|"
    r"vagy|regen|volt|elotte|inkabb|felez\w*|egyedul)\b|[0-9][.,][0-9]|[-=]"
)


def _with_a_lists_total_said_last_hu(folded: str) -> tuple[str, bool]:
    """``folded`` with the items of a list blanked where the total said last (see
    :data:`_A_LISTS_TOTAL_SAID_LAST_HU`) is their sum, a total said on the way counted for the
    items before it ("rezsi 40, kaja 80, az 120, ja és a net 6, akkor 126"), and whether that
    total is one its items do not make (asked again: which is meant is not said). Only a plain
    list, each figure an item named before it, at least two, nothing worked or taken out."""
    total = _A_LISTS_TOTAL_SAID_LAST_HU.search(folded)
    if total is None or _NO_PLAIN_ITEMS_HU.search(folded, 0, total.start("total")):
        return folded, False
    parts = list(_A_FIGURE_HU.finditer(folded, 0, total.start()))
    items: list[Decimal] = []
    for before, part in zip([None, *parts], parts, strict=False):
        between = folded[before.end() : part.start()] if before else ""
        if len(between.split()) > 5 or len(_A_CLAUSE_BREAK_HU.findall(between)) > 1:
            return folded, False  # more said between two items than the next one's name
        value = _in_thousands_hu(_a_figures_value_hu(part[0]))
        if len(items) >= 2 and value == sum(items):
            items = [value]  # a total said on the way
        elif _AN_ITEM_NAMED_BEFORE_HU.search(
            folded, max(0, part.start() - 24), part.start()
        ) and _AN_ITEMS_FIGURE_ENDS_HU.match(folded, part.end()):
            items.append(value)
        else:
            return folded, False
    if len(items) < 2:
        return folded, False
    if sum(items) != _in_thousands_hu(_a_figures_value_hu(total["total"])):
        return folded, True
    return _blanked(folded, *parts), False


#: A figure put right, then the item that was left out of the first with its own figure: "180...
#: nem, 195, kihagytam a gyógyszert, az 15 havonta" (the item is in the new figure, no more).
_A_FIGURE_PUT_RIGHT_FOR_AN_ITEM_LEFT_OUT_HU = re.compile(
    r"(?<![0-9.,])(?P<old>[0-9]+)(?: ?ezer\w*)?\W{0,5}"
    r"(?:nem|bocs|bocsi|vagyis|azaz|helyesen)\W{1,4}(?P<new>[0-9]+)(?: ?ezer\w*)?,? "
    r"(?:mert |de )?(?:kihagytam|kimaradt|elfelejtettem)\b"
    r"[^0-9]{0,40}?(?P<item>[0-9]+)(?P<thousand> ?ezer\w*)?(?![0-9])"
)


def _without_the_item_a_correction_added_hu(folded: str) -> tuple[str, bool]:
    """``folded`` with the figure of the item left out blanked where a figure put right for it
    (:data:`_A_FIGURE_PUT_RIGHT_FOR_AN_ITEM_LEFT_OUT_HU`) is the first and the item together;
    and whether the three do not add up, which leaves the month's figure untold."""
    put_right = _A_FIGURE_PUT_RIGHT_FOR_AN_ITEM_LEFT_OUT_HU.search(folded)
    if not put_right:
        return folded, False
    old, new = int(put_right["old"]), int(put_right["new"])
    if new - old != int(put_right["item"]):
        return folded, True
    start, end = put_right.start("item"), put_right.end()
    return folded[:start] + " " * (end - start) + folded[end:], False


#: The month it is now, said beside figures of parts of the year: "most január van", "most
#: november van" (the figure of the stretch holding it is the month's; see
#: :func:`_with_the_figures_of_the_month_now_hu`).
_THE_MONTH_NOW_HU = re.compile(
    r"\bmost (?:mar |eppen |epp |pont )?(januar|februar|marcius|aprilis|majus|junius|julius|"
    r"augusztus|szeptember|oktober|november|december|tavasz|nyar|osz|tel) (?:van|vagyunk)\b"
)

#: A part of the year a figure is said for: "decembertől februárig" (a stretch), "áprilistól"
#: (from then on), "januárban" (one month), "nyáron", "ősszel" (a season).
_A_PART_OF_THE_YEAR_HU = re.compile(
    r"\b(?P<start>januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|"
    r"oktober|november|december|tavasz|nyar|osz|tel)tol"
    r"(?: (?P<end>januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|"
    r"oktober|november|december|tavasz|nyar|osz|tel)ig)?\b|"
    r"\b(?P<month>januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|"
    r"oktober|november|december)ban\b|\b(?P<season>tavasszal|nyaron|osszel|telen)\b"
)

#: An extra for a stretch of the year beside another figure, with no month said to be now:
#: "nyugdíj 198, júniustól augusztusig még havi 120" (which months are these? asked again).
_A_PART_OF_THE_YEARS_EXTRA_HU = re.compile(
    r"\b(?:januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|"
    r"november|december|tavasz|nyar|osz|tel)tol (?:januar|februar|marcius|aprilis|majus|junius|"
    r"julius|augusztus|szeptember|oktober|november|december|tavasz|nyar|osz|tel)ig\b"
    r"[^0-9,.;:!?]{0,40}?\bmeg\b[^0-9,.;:!?]{0,20}?[0-9]"
)

#: The months of the year and of its seasons, by the stem folding leaves.
_MONTHS_HU = {
    name: (number, number)
    for number, name in enumerate(
        ("januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus",
         "szeptember", "oktober", "november", "december"),
        start=1,
    )
} | {"tavasz": (3, 5), "nyar": (6, 8), "osz": (9, 11), "tel": (12, 2),
     "tavasszal": (3, 5), "nyaron": (6, 8), "osszel": (9, 11), "telen": (12, 2)}  # fmt: skip

#: Right after the month said to be now, the month's figure worked out from it: ", szóval most
#: 230", ", úgyhogy lakás 90 + rezsi 45 + kaja 65" (the figures before it are what it came from).
_SO_THE_MONTHS_AFTER_NOW_HU = re.compile(
    r"\W{0,3}(?:szoval|ugyhogy|tehat|vagyis|igy|akkor|azaz)\b[^0-9]{0,30}[0-9]"
)

#: The end of a clause, between a part of the year and a figure not its own: "decembertől
#: áprilisig, most május van, itthon élek, havi 160".
_A_CLAUSES_END_HU = re.compile(r"[,.;:!?]")

#: Words of a figure yet to come, after a figure said from a month on: "áprilistól 210 lesz".
_A_FIGURE_TO_COME_HU = re.compile(r"\b(?:lesz|lenne|majd|fog\w*)\b")


def _months_from_to(first: int, last: int) -> set[int]:
    """The months from ``first`` to ``last``, over the new year if need be (December to
    February is 12, 1, 2)."""
    return {(first - 1 + step) % 12 + 1 for step in range((last - first) % 12 + 1)}


def _with_the_figures_of_the_month_now_hu(folded: str) -> str:
    """``folded`` with only the figures of the month it is now, where the month is said ("most
    január van") beside figures said for parts of the year: "nyáron a hajón 330, ősztől a
    kikötőben 260, most november van" is 260; "nyugdíj 198, a disznóvágás decembertől
    februárig hoz még 120-at, most január van" is both (318: the part of the year holds now).
    A figure said for no part of the year is kept. Where it cannot be told whether a part holds
    the month (from a month later on, with no word of a figure to come), as it was."""
    now = _THE_MONTH_NOW_HU.search(folded)
    if not now:
        return folded
    if _A_FIGURE_HU.search(folded, 0, now.start()) and _SO_THE_MONTHS_AFTER_NOW_HU.match(
        folded, now.end()
    ):  # "télen 230, nyáron 170. most február van, szóval most 230": the figure worked out
        return " " * now.end() + folded[now.end() :]
    first, last = _MONTHS_HU[now[1]]
    this_month = _months_from_to(first, last)
    parts = list(_A_PART_OF_THE_YEAR_HU.finditer(folded))
    figures = [f for f in _A_FIGURE_HU.finditer(folded) if not now.start() <= f.start() < now.end()]
    if not parts or len(figures) < 2:
        return folded
    kept = folded
    start = 0
    outside = inside = False
    for figure in figures:
        said = [
            p
            for p in parts
            if start <= p.start()
            and p.end() <= figure.start()
            and not _A_CLAUSES_END_HU.search(folded, p.end(), figure.start())
        ]
        start = figure.end()
        if not said:
            continue
        part = said[-1]
        if part["start"] and part["end"]:
            months = _months_from_to(_MONTHS_HU[part["start"]][0], _MONTHS_HU[part["end"]][1])
        elif part["start"]:
            begins = _MONTHS_HU[part["start"]][0]
            clause_end = _SENTENCE_END.search(folded, figure.end())
            after = folded[figure.end() : clause_end.start() if clause_end else len(folded)]
            if min(this_month) < begins and not _A_FIGURE_TO_COME_HU.search(after.split(",")[0]):
                return folded  # "októbertől 260, most február van": since last autumn?
            months = _months_from_to(begins, 12)
        else:
            months = _months_from_to(*_MONTHS_HU[part["month"] or part["season"]])
        if months & this_month and set(figure[0].replace(" ", "")) == {"0"}:
            # "a DJ-zésből télen 0 jön, most január van, a nyugdíjam 184": nothing from it now
            kept = kept[: part.start()] + " " * (figure.end() - part.start()) + kept[figure.end() :]
            inside = True
        elif months & this_month:
            kept = kept[: part.start()] + " " * len(part[0]) + kept[part.end() :]
            inside = True
        else:
            kept = kept[: part.start()] + " " * (figure.end() - part.start()) + kept[figure.end() :]
            outside = True
    if not (inside or outside) or not _A_FIGURE_HU.search(kept):
        return folded
    return kept[: now.start()] + " " * len(now[0]) + kept[now.end() :]


#: At the offer, a figure the offer is said beside, an income's or a loan's: "a babaváró mellett
#: max 20, az 50 mellett nem megy több", "a lakáshitel 96 mellett max 15", "a 150-es nyugdíjam
#: mellett 10-et tudok" (what the offer has to fit beside, no offer; after a word, not "max";
#: not people counted, "3 műkörmös 2 fodrász mellett").
_A_FIGURE_AN_OFFER_IS_BESIDE_HU = re.compile(
    r"(?<=[^\W\d] )[0-9]+(?:[.,][0-9]+)?(?: ?ezer\w*|-?(?:es|as|os|ezres)(?: [^\W\d]+)?)? mellett\b"
)

#: At the offer, the debt's whole named with its figure: "a tartozás 520 körül", "az egész
#: tartozásom kb 480" (a balance, no monthly offer).
_THE_DEBTS_WHOLE_HU = re.compile(
    r"\b(?:a|az egesz|az osszes) (?:tartozas|tartozasom|tartozasunk|adossag|adossagom)"
    r"(?: (?:kb\.?|kozel|osszesen|meg|most|mar|nagyjabol))* [0-9]+(?:[.,][0-9]+)?(?: ?ezer\w*)?"
    r"(?: korul\w*| koruli)?"
)

#: At the offer, the last figure agreed to after another's: "20-at tudnék, de a férjem azt mondja
#: 15-öt, legyen az övé", "…, legyen annyi" (the figure before it is the one given up).
_THE_LAST_FIGURE_AGREED_TO_HU = re.compile(
    r"[0-9][^0-9]*\blegyen (?:akkor )?(?:az|annyi|az ove|az o szamai?|ugy)\b[^0-9]*$"
)

#: At the offer, one figure added to itself: "15-én 8 ezer + 25-én 8 ezer", "10 ezer + 10 ezer"
#: (twice that figure each month, as "2 x 7500"; not the same figure said twice).
_A_FIGURE_ADDED_TO_ITSELF_HU = re.compile(
    r"(?<![0-9.,])(?P<first>[0-9]+)(?P<thousand> ?ezer\w*)? ?\+ ?"
    r"(?:[0-9]{1,2}-(?:an|en|jen|an|ig|ei|ai) )?(?P<second>[0-9]+)(?P<again> ?ezer\w*)?(?![0-9])"
)


def _without_what_an_offer_is_said_beside_hu(folded: str) -> str:
    """``folded``, an offer, with the figures blanked that are said beside the offer and are no
    offer, when a figure is left: what the offer has to fit beside
    (:data:`_A_FIGURE_AN_OFFER_IS_BESIDE_HU`), the debt's whole (:data:`_THE_DEBTS_WHOLE_HU`),
    a figure given up for the last one agreed to (:data:`_THE_LAST_FIGURE_AGREED_TO_HU`); one
    figure added to itself is the sum of the two."""
    kept = folded
    if "mellett" in kept:
        kept = _A_FIGURE_AN_OFFER_IS_BESIDE_HU.sub(lambda m: " " * len(m[0]), kept)
    if "tartoz" in kept or "adossag" in kept:
        kept = _THE_DEBTS_WHOLE_HU.sub(lambda m: " " * len(m[0]), kept)
    if "legyen" in kept and (agreed := _THE_LAST_FIGURE_AGREED_TO_HU.search(kept)):
        figures = list(_A_FIGURE_HU.finditer(kept, 0, agreed.start() + 1))
        kept = _blanked(kept, *figures[:-1])
    if "+" in kept:
        kept = _A_FIGURE_ADDED_TO_ITSELF_HU.sub(_twice_the_figure_hu, kept)
    return kept if kept == folded or _an_amount_left_hu(kept) else folded


def _an_amount_left_hu(folded: str) -> bool:
    """Whether an amount is left in ``folded``: a figure counting nothing ("18 hónap alatt" is
    months)."""
    return any(n.unit is None and n.strong for n in numbers_in(folded, "hu"))


def _twice_the_figure_hu(found: re.Match[str]) -> str:
    """The figure of ``found`` (:data:`_A_FIGURE_ADDED_TO_ITSELF_HU`) doubled, where the same
    figure is added to itself; else as it was."""
    if (
        found["first"] != found["second"]
        or bool(found["thousand"]) != bool(found["again"])
        or not (found["thousand"] or int(found["first"]) >= 1000)
    ):
        return found[0]  # (not "4+4 színes munkák", a count)
    return f"{int(found['first']) * 2}{' ezer' if found['thousand'] else ''}".ljust(len(found[0]))


#: An item struck out of the list by name after it: "benzin 40... a benzint húzd ki, az a
#: cégé", "a telefont hagyd ki" (the accusative's ending after the item's stem).
_AN_ITEM_STRUCK_OUT_HU = re.compile(
    r"\baz? (?P<item>[^\W\d]{3,}?)(?:e|o|a)?t (?:huzd ki|hagyd ki|vedd ki|huzza ki|hagyja ki|"
    r"vegye ki|toroljed|torold)\b[^0-9]*$"
)


#: The words one of :data:`_AN_ITEM_STRUCK_OUT_HU`'s matches has.
_STRIKING_OUT_WORDS_HU = ("d ki", "za ki", "ja ki", "ye ki", "torold", "toroljed")


def _without_an_item_struck_out_hu(folded: str) -> tuple[str, bool]:
    """``folded`` with an item struck out after the list blanked, its figure with it
    (:data:`_AN_ITEM_STRUCK_OUT_HU`): "lakbér 100, …, benzin 40... a benzint húzd ki" is the
    rest; and whether the item struck out is not found once with its figure ("az edzőtermet húzd
    ki" beside "edzőterem 12"), which leaves the rest untold."""
    struck = _AN_ITEM_STRUCK_OUT_HU.search(folded)
    if not struck:
        return folded, False
    item = re.compile(
        rf"\b{re.escape(struck['item'])}\w*\W{{0,3}}[0-9]+(?:[.,][0-9]+)?(?: ?ezer\w*)?(?![0-9])"
    )
    listed = list(item.finditer(folded, 0, struck.start()))
    if len(listed) != 1:
        return folded, True
    return _blanked(folded, listed[0], struck), False


#: A yearly item said last not to be counted in the month's figure: "havi 200, januárban jön
#: az éves gépjárműadó 48 ezer, de azt nem számoltam" (not "nem számoltam bele", an item missing
#: from a total).
_A_YEARS_ITEM_NOT_COUNTED_HU = re.compile(
    r"\b(?:eves|evi|evente|egy evre)\b[^0-9.;!?]{0,40}?[0-9]+(?: ?ezer\w*)?,? (?:de |es )?"
    r"(?:azt|ezt|az|ez) (?:meg |most )?nem szamoltam\b(?! bele)[^0-9]*$"
)


def _without_a_years_item_not_counted_hu(folded: str) -> str:
    """``folded`` with a yearly item said not to be counted blanked
    (:data:`_A_YEARS_ITEM_NOT_COUNTED_HU`), when a figure is said before it."""
    left_out = _A_YEARS_ITEM_NOT_COUNTED_HU.search(folded)
    if not left_out or not _A_FIGURE_HU.search(folded, 0, left_out.start()):
        return folded
    return _blanked(folded, left_out)


#: A rise of an item's figure explained after it, with no figure of its own: "lakbér 142 mert
#: januártól emelték, rezsi 30" (a note on the figure, no change of the month's whole to come).
_A_RISE_EXPLAINED_HU = re.compile(
    r"(?<=[0-9] )(?:ezer\w* )?mert (?:(?:most|mar|iden|tavaly|[^\W\d]+tol) ){0,2}"
    r"(?:emeltek|felemeltek|megemeltek|emelkedett|dragult|dragultak|nott)\b"
)

#: An item said not written down yet, beside the figures written: "hat tétel van a füzetemben,
#: a hatodik a gyógyszer, azt még nem írtam be: lakás 105 …" (the list is not whole).
_AN_ITEM_NOT_WRITTEN_DOWN_YET_HU = re.compile(
    r"\b(?:(?:azt|ezt|az|ez) )?meg nem irtam be\b|\bmeg nincs (?:be|fel)irva\b|"
    r"\bnincs meg (?:be|fel)irva\b"
)


#: Nothing said for a time after the figure of now: "a felmondási idő alatt még jön a 390,
#: utána semmi", "még két hónapig 150, aztán semmi" (the nothing is the future's; what comes in
#: now is the figure right before it; not "még 2 hónapig jár a fizetés, utána semmi", with no
#: figure of now, asked again).
_NOTHING_AFTERWARDS_HU = re.compile(
    r"([0-9](?: ?ezer\w*| ?ft| ?forint)?,? )"
    r"((?:utana|aztan|onnantol|kesobb) (?:pedig |meg |mar |majd )?semmi\w*)"
)

#: At income, after the figure, a side income named and said to bring nothing now, said last:
#: "fix 150, a prémium most nulla", "a nyugdíj 130, meg ami a kertből jön, de az most semmi" (a
#: part of nothing beside the pay: the pay is the month's income, not a nothing beside it).
_A_SIDE_INCOME_AT_NOTHING_NOW_HU = re.compile(
    r"(?<=[0-9])(?: ?ezer\w*| ?ft)?,? (?:(?:meg|plusz|es|de) )?"
    r"(?:(?:a |az )?(?:jutalek|premium|bonusz|borravalo|tulora|potlek|mellekes)\w*|"
    r"ami (?:[^\W\d]+ ){0,4}(?:jon|jott|hoz)(?: be)?,? (?:de )?az)"
    r"(?: (?:most|jelenleg|mostanaban|egyelore|pedig|meg|viszont|sajnos))* (?:semmi|nulla)\W*$"
)

#: At income, the message closed by saying only the pay (or the pension) comes in now: "nyugdíj
#: 190, meg a kertből néha jön valami, de az most nulla, szóval most csak a nyugdíj" (the side
#: money before it is no figure of now; the pay named first is).
_ONLY_THE_PAY_NOW_SAID_LAST_HU = re.compile(
    r"[,.;] (?:szoval|tehat|igy|vagyis|azaz|ugyhogy) (?:most |jelenleg |egyelore |mar )?"
    r"(?:tenyleg )?csak (?:a |az )?(nyugdij|fizetes|ber|gyed|gyes|csed|tappenz|segely|rokkant)"
    r"\w*\W*$"
)


def _with_only_the_pays_figure_hu(folded: str, only: re.Match[str]) -> str:
    """``folded`` with all after the pay's figure blanked, when the pay named last by ``only`` is
    named right before the one figure said (the pay is what comes in now). Else as it was."""
    figures = list(_A_FIGURE_HU.finditer(folded, 0, only.start()))
    if len(figures) != 1:
        return folded
    before = folded[max(0, figures[0].start() - 16) : figures[0].start()]
    if not re.search(rf"\b{only[1]}\w*(?: kb\.?)? $", before):
        return folded
    end = figures[0].end()
    if folded[end : end + 1] in ("e", "k") and not folded[end + 1 : end + 2].isalpha():
        end += 1  # "212e"
    return folded[:end] + " " * (len(folded) - end)


#: At expenses, the only figure is what a colleague, a neighbour or a friend spends ("neki",
#: theirs): "a szomszédom szerint neki 150 elmegy", "a kolléganőm mondta, neki 200 megy el"
#: (no own figure; asked again. Not when a figure is said before it, the own one).
_ONLY_ANOTHERS_SPENDING_HU = re.compile(
    r"[^0-9]*\b(?:kolleg|szomszed|barat|ismeros|haver|sogor)\w*[^0-9]*\bneki\b(?: \w+){0,2} "
    r"[0-9]+(?: ?ezer\w*)?[^0-9]*$"
)

#: At the own offer, nothing until a day or a sale, then a lump sum: "ha eladom a kocsit,
#: egyben 300, addig semmit", "tavasszal az egészet, addig semmit" (no month's payment said;
#: asked again).
_NOTHING_UNTIL_THEN_HU = re.compile(r"\baddig (?:havonta |havi |pedig |meg )?semmi\w*")

#: A figure said for every second month, for the week's pay, or every two weeks (typed with a
#: letter missing or doubled), with no month's word after it: "minden második hónapban jön,
#: akkor 400", "pénteken kapom a hetit, abból 50 megy el", "kéthetente 6 ezer" (not a month's).
_A_FIGURE_OF_ANOTHER_PERIOD_AFTER_HU = re.compile(
    r"(?:\bminden (?:masodik|harmadik|negyedik|2\.|3\.) (?:honap|het)\w*|\bkap\w* a heti\w*|"
    r"\bkethe*t?ente\b)(?![^0-9]*\b(?:havi|havonta|egy honapban)\b)[^0-9]*[0-9][0-9 .]*[^0-9]*$"
)


#: What a good (or a bad) month brings, then what came or comes now: "ha jó hónap van 400 is,
#: most 260 jött", "ha erős a szezon 300, de most csak 180" (the case is no answer; the figure of
#: now is. Not "ha jó hónap van 400, ha rossz 200": two cases, no figure of now, asked again).
_A_GOOD_MONTHS_FIGURE_THEN_NOWS_HU = re.compile(
    r"\bha (?:jo|jobb|eros|rossz|gyenge|gyengebb|rosszabb|nagyon jo) (?:\w+ )?(?:a )?"
    r"(?:honap|het|szezon|idoszak)\w*(?: van| volt| jon| megy)?,? (?:akkor )?(?:meg )?"
    r"(?:akar |kb |is )?[0-9]+(?: ?ezer\w*)?(?: is)?,? (?:de )?(?=(?:most|mostanaban|ebben a "
    r"honapban|iden)\b(?: pedig| meg| csak)?[^0-9]{0,20}[0-9])"
)

#: A figure said only as a bound ("almost", "at most", "at least"), then said to be over or
#: under it at times: "közel 300, olykor több is", "max 150, de előfordul hogy kevesebb". Neither
#: the bound nor how far off it goes is the month's (the bound said alone is asked again too, see
#: :data:`_A_BOUND_SAID_ALONE_HU`).
_A_BOUND_THEN_SOMETIMES_OFF_IT_HU = re.compile(
    r"^(?:havi |havonta |kb\.? )?(?:majdnem|kozel|alig|max\w*|legfeljebb|min\w*|legalabb) "
    r"[0-9]+(?: ?ezer\w*)?[^0-9]*\b(?:van hogy|van amikor|neha|olykor|idonkent|elofordul"
    r"(?:,? hogy)?) (?:annal )?(?:tobb|kevesebb|felette|alatta)\b[^0-9]*$"
)

#: At the spending, a figure said in its clause as money that came back (a refund, an
#: overpayment returned, a credit): "15-én visszajött 12 ezer a villanyszolgáltatótól", "a 8
#: ezret visszakaptam", "jóváírtak 5 ezret". Whether and how it is taken off the month stays
#: unsaid, and added it would be spending it is not (not "a kauciót visszakaptam" with no figure,
#: nor "visszafizetek havi 20-at", a payment).
_A_FIGURE_COME_BACK_HU = re.compile(
    r"\b(?:visszajott|visszajon|visszakap\w*|visszautal\w*|visszaterit\w*|jovair\w*)"
    r"[^.;,!?0-9]{0,30}[0-9]|"
    r"[0-9](?: ?ezer\w*| ?e| ?ft| forint\w*)?[^.;,!?0-9]{0,30}"
    r"\b(?:visszajott|visszajon|visszakap\w*|visszautal\w*|visszaterit\w*|jovair\w*)"
)


#: At the spending, an item counted by a share of it, no figure said for the share, then the
#: whole item's figure: "120 ezer + a rezsi fele, a rezsi 44", "lakbér 90 + a rezsi harmada, a
#: rezsi 60". Added up, the whole item would be taken for the share; the share is not worked out
#: (not "a rezsi fele, ami 40" nor "a rezsi fele 20": the share's own figure).
_A_SHARE_OF_AN_ITEM_THEN_ITS_WHOLE_HU = re.compile(
    r"\b(?:a |az )(?P<item>[^\W\d]{3,}) (?:fele|harmada|negyede)\b(?!,? (?:ami |az )?[0-9])[^0-9]*"
    r"\b(?:a |az )?(?P=item)\w{0,3},? (?:pedig |meg |kb\.? )?[0-9]"
)
#: The words one of these needs (a cheap test before the pattern).
_SHARES_OF_AN_ITEM_WORDS_HU = ("fele", "harmada", "negyede")


#: After the last figure, that another month ("egyébként", otherwise) is not known or not that
#: figure, with no figure for it: "ebben a hónapban 2 lakbér ment el, 230, egyébként nem tudom
#: pontosan", "most 230 volt, egyébként kevesebb". The figure said is this month's, unlike the
#: others; the month as it usually is stays unsaid (not "230, nem tudom pontosan", near).
_THE_USUAL_MONTH_UNSAID_AFTER_THE_FIGURE_HU = re.compile(
    r"[0-9](?: ?ezer\w*)?(?: volt| ment el| jott(?: ki| be)?)?,? (?:de |es )?egyebkent "
    r"(?:(?:nem tudom|fogalmam sincs|nem tudni)(?: pontosan)?|(?:kb\.? )?(?:kevesebb|tobb|"
    r"mas|nem ennyi|nem szokott ennyi lenni))\W*$"
)


#: The message's one figure said of this month, then why this month is no usual one: a thing
#: that came on top or was in it ("ebben a hónapban 290 ment el mert a kocsi is elromlott",
#: "ebben a hónapban 96 ment le, benne volt a késedelmi díj is"), a low month with its cause
#: ("ebben a hónapban csak 140 jött mert táppénzen voltam"), or the usual said to differ
#: ("…, amúgy több szokott", "e hónapban 150 jött, amúgy több szokott lenni"), or a usual month
#: said not to be known ("…, hogy normál hónapban mennyi, nem tudom"). The usual month is not
#: said: asked again. Not this month's figure
#: alone ("kártyavetésből ebben a hónapban pont 96 000 jött"), nor a rise that stays ("mert
#: emelték", set aside before), nor a usual figure said beside it (another figure).
_THIS_MONTHS_ODD_FIGURE_ALONE_HU = re.compile(
    r"^[^0-9]*\b(?:ebben a|e|a mostani|ez a) honap(?:ban)?\b(?P<only>[^0-9]{0,25}\bcsak\b)?"
    r"[^0-9]{0,25}(?<![0-9.,])[0-9]+(?: [0-9]{3})*(?: ?ezer\w*| ?e\b)?(?: ?ft\w*)?"
    r"(?=[^0-9]*$)[^0-9]*?(?:\b(?:amugy|egyebkent|altalaban|rendesen) (?:ennel |annal )?(?:joval |"
    r"sokkal |kicsit )?(?:tobb|kevesebb|mas)\b|\b(?:mert|miatt|benne (?:volt|van))\b(?:"
    r"[^0-9]*\bis\b|[^0-9]*\b(?:amugy|egyebkent|altalaban|rendesen|szokott|tappenz\w*|beteg\w*|"
    r"elromlott|javit\w*|szerviz\w*|temetes\w*|kesedelmi|buntet\w*|egyszeri|rendkivuli)|"
    r"(?(only)[^0-9]*$|(?!)))|"
    r"\b(?:normal|atlagos|szokasos|rendes|sima)\w* honap\w*\b[^0-9]*\b(?:nem tudom|nem tudnam|"
    r"fogalmam sincs|nem tudok)\b|\b(?:nem tudom|fogalmam sincs)\b[^0-9]{0,40}\b(?:normal|"
    r"atlagos|szokasos|rendes)\w* honap)"
)


#: One figure said again, the message's two figures side by side, one of them in words
#: ("kétszázhúsz, 220 ezer, annyi", "185e jön, szóval kb százhatvanezer havonta", "tízezret,
#: vagyis 15 000 Ft-ot havonta"): the same figure twice, or a slip in one of them whose right
#: one is not said. See :func:`_the_figure_said_in_words_and_digits_hu`.
_A_FIGURE_SAID_AGAIN_HU = re.compile(
    r"^(?:(?:kb\.?|havi|havonta|olyan) )?(?P<first>[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*| ?e\b)?)"
    r"(?:-?[a-z]{1,3}\b)?(?: (?:jon|jon be|megy el|megy|van))?,? "
    r"(?:(?:szoval|tehat|vagyis|azaz|magyarul|betuvel|szammal|szamokkal)\W{0,2} )?"
    r"(?:(?:kb\.?|pontosan|olyan) )?(?P<again>[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*| ?e\b)?)"
    r"(?:-?[a-z]{1,3}\b)?(?: ?(?:ft|forint)\w*(?:-[a-z]{1,3}\b)?)?"
    r"(?:\W{0,2} (?:havonta|havi|annyi|ennyi|osszesen))*"
    r"\W*$"
)


#: The same inside a longer message, a word that says it again between the two, which are the
#: message's only figures: "a kaja meg a rezsi kétszázezer, vagyis 200 ezer egy hónapra",
#: "százötvenezer jön havonta, azaz 150 ezer, a gondnokságért kapom" (not "kétszázezer, 50 a
#: rezsi": two items, no word saying one again).
_A_FIGURE_RESTATED_IN_A_MESSAGE_HU = re.compile(
    r"^[^0-9]*?(?<![0-9.,])(?P<first>[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*| ?e\b)?)"
    r"(?:-?[a-z]{1,3}\b)?(?: (?:jon|jon be|megy el|megy|van|kapok|fizetek|tudok))?"
    r"(?: (?:havonta|havi|egy honapra))?,? (?:vagyis|azaz|magyarul)\W{0,2} "
    r"(?:(?:kb\.?|pontosan|olyan) )?(?P<again>[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*| ?e\b)?)"
    r"(?![0-9.,])[^0-9]*$"
)


def _the_figure_said_in_words_and_digits_hu(folded: str, plain: str) -> str | None:
    """``folded`` with the first of one figure said twice, in words and in digits (see
    :data:`_A_FIGURE_SAID_AGAIN_HU`, :data:`_A_FIGURE_RESTATED_IN_A_MESSAGE_HU`), blanked, or
    ``None`` where the two disagree: a slip in one of them, and which one is meant is not said
    (asked again; they were added). Only where one of them was typed in words (fewer runs of
    digits typed than read; inside a longer message, one of the two not typed in digits): "200,
    vagyis 210" in digits is a figure put right, read as before."""
    again = _A_FIGURE_SAID_AGAIN_HU.match(folded)
    if again is None or len(_DIGITS_RUN.findall(plain)) >= len(_DIGITS_RUN.findall(folded)):
        again = (
            _A_FIGURE_RESTATED_IN_A_MESSAGE_HU.match(folded)
            if "vagyis" in folded or "azaz" in folded or "magyarul" in folded
            else None
        )
        typed = set(_DIGITS_RUN.findall(plain)) if again is not None else set()
        if again is None or all(
            _DIGITS_RUN.findall(again[name])[0] in typed for name in ("first", "again")
        ):
            return folded
    first, second = (_a_spoken_figures_value_hu(again[name]) for name in ("first", "again"))
    if first != second:
        return None
    return " " * again.end("first") + folded[again.end("first") :]


def _a_spoken_figures_value_hu(figure: str) -> Decimal:
    """The forints of a figure of :data:`_A_FIGURE_SAID_AGAIN_HU`: "185e" 185 000, "220" said
    in thousands 220 000, "15 000" 15 000."""
    thousands = "ez" in figure or figure.endswith("e")
    digits = "".join(c for c in figure if c.isdigit())
    return _in_thousands_hu(Decimal(digits) * (1000 if thousands else 1))


#: A run of digits (counting those typed against those read).
_DIGITS_RUN = re.compile(r"[0-9]+")


#: A figure echoed with a question mark and waved away as a joke or a dream: "egymillió??
#: viccelsz, kb 170", "300? dehogy, 180 körül" (someone else's figure thrown back, no answer;
#: the figure after it is).
_A_FIGURE_WAVED_AWAY_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*)?\?+!*\W{0,3}"
    r"(?=(?:viccel\w*|dehogy\w*|na persze|hat persze|almodsz|almodj\w*|ugyan mar)\b)"
)

#: The words one of these needs (a cheap test before the pattern).
_WAVING_AWAY_WORDS_HU = ("viccel", "dehogy", "persze", "almod", "ugyan mar")


#: At income, something that comes beside the pay with its figure, the pay's own figure unsaid:
#: "a bérem mellé jön még a családi pótlék, az 24 ezer", "a nyugdíjam mellett takarítok, abból
#: 60" (a part whose whole is not said: asked again). Not the pay said first ("a bérem 190, mellé
#: jön a családi pótlék 24"), nor nothing beside it ("a bérem mellé nincs más, 250").
_A_PART_BESIDE_THE_PAY_UNSAID_HU = re.compile(
    r"^[^0-9]*\b(?:a |az )?(?:fizetes\w*|fizu\w*|nyugdij\w*|berem|kereset\w*) melle(?:tt|m)?\b"
    r"(?![^0-9]*\b(?:nincs|semmi|"
    r"nem jon|egyutt|osszesen|az egesz)\b)[^0-9]*[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*)?[^0-9]*$"
)


#: At the counter, a figure and beside it an own or another's part left to what can be spared:
#: "a fiam havi 10et hozzátenne, meg én is amennyit tudok", "15 ezer plusz amit anyám tud adni",
#: "én 10-et, meg a fiam hozzátesz amennyit tud" (a part without a figure: the month's offer is
#: not said; asked again).
_AN_OFFERS_PART_LEFT_TO_WHAT_CAN_BE_SPARED_HU = re.compile(
    r"[0-9][^0-9]*\b(?:meg|es|plusz|\+)\W{0,2}(?:(?:en|o|ok|a \w+|az \w+) )?"
    r"(?:(?:is )?(?:hozza|bele|be)?(?:tesz|tenne|ad|adna|dob|rak|szall)\w* )?(?:is )?(?:meg )?"
    r"(?:amennyit|amit|amennyi)\b[^0-9]{0,25}\b(?:tud\w*|bir\w*|marad\w*|jut\w*|sikerul\w*|"
    r"nelkulozhet\w*)[^0-9]*$"
)


#: A figure of the month named by the statistic it is, the median or the average: "a havi
#: medián 176 ezer, az átlag 183". Two of them are the same month counted two ways, never items
#: to add up.
_A_STATISTICS_FIGURE_HU = re.compile(
    r"\b(?P<name>median|atlag)\w*(?: (?:is|pedig|meg|kb\.?|olyan))? "
    r"(?P<figure>[0-9]+(?:[ .][0-9]{3})*(?: ?ezer\w*)?)(?![0-9])"
)
#: After them, the one chosen: "a mediánt írnám", "az átlagot vedd", "maradjunk a mediánnál".
_A_STATISTIC_CHOSEN_HU = re.compile(
    r"\b(?P<name>median|atlag)\w* (?:irnam|irnek|irom|ird|irjuk|vennem|vedd|vegyuk|"
    r"szamolnam|szamold|legyen|a jobb|a pontosabb)\b|"
    r"\b(?:irnam|irnek|irjuk|vegyuk|maradjunk|maradnek) (?:inkabb )?(?:a |az |annal )?"
    r"(?P<name2>median|atlag)"
)


def _with_only_the_statistic_chosen_hu(folded: str) -> str | None:
    """``folded`` with the figures blanked of every statistic but the one chosen after them
    (see :data:`_A_STATISTIC_CHOSEN_HU`); ``None`` when two are said and none is chosen (which
    one the month is stays unsaid). One statistic alone is left as it was."""
    figures = list(_A_STATISTICS_FIGURE_HU.finditer(folded))
    if len({figure["name"] for figure in figures}) < 2:
        return folded
    chosen = _A_STATISTIC_CHOSEN_HU.search(folded, figures[-1].end())
    if chosen is None:
        return None
    name = chosen["name"] or chosen["name2"]
    for figure in figures:
        if figure["name"] != name:
            start, end = figure.span("figure")
            folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


#: The one figure of the month said only as a bound, in Hungarian: "max 200", "min 200",
#: "majdnem 300", "… kaja... minimum 250". How far under or over it the month is stays unsaid, as
#: "legfeljebb 200" or "nearly 1,100" (an offer's ceiling is its own, asked elsewhere).
_A_BOUND_SAID_ALONE_HU = re.compile(
    r"\b(?:majdnem|max|maximum|maximalisan|min|minimum|minimalisan)\.?:? (?:kb\.? )?[0-9]"
)
#: The same for the monthly payments on debts, where "minimum" names a card's minimum payment
#: ("minimum 25", paid as it is): only a ceiling or "nearly" is a bound there ("max 30").
_A_BOUND_SAID_ALONE_AT_DEBTS_HU = re.compile(
    r"\b(?:majdnem|max|maximum|maximalisan)\.?:? (?:kb\.? )?[0-9]"
)
#: The words one of these needs (a cheap test before the patterns).
_BOUNDS_SAID_ALONE_WORDS_HU = ("majdnem", "max", "min")


def _the_one_figure_a_bound_hu(folded: str, asked: str) -> bool:
    """Whether the one figure of a Hungarian message is said only as a bound (see
    :data:`_A_BOUND_SAID_ALONE_HU`): with a second figure beside it ("max 250, inkább 230") the
    other is weighed as before."""
    bound = _A_BOUND_SAID_ALONE_AT_DEBTS_HU if asked == "other_debts" else _A_BOUND_SAID_ALONE_HU
    return len(_A_FIGURE_HU.findall(folded)) == 1 and bool(bound.search(folded))


#: An item said after the last figure to be left out of it, for a reason that makes it no
#: month's own cost: "180 lesz, a kocsit nem számoltam mert a cég fizeti", "kb 210, az éves
#: biztosítást nem számolva, azt egyben fizetem" (the figure said is the month's; the reason is
#: the company's paying, once a year, or not the own). Without such a reason ("a kaját nem
#: számoltam bele") a part of the month is left out: asked again, as before.
_AN_ITEM_LEFT_OUT_FOR_A_REASON_HU = re.compile(
    r"(?<=[0-9])(?: ?ezer\w*)?(?: lesz| van| jon ki| megy el)?,? (?:de |es )?(?:az? )?"
    r"(?:[^\W\d]+ ){1,3}nem szamol(?:tam|om|va|juk|tuk)\b[^0-9]*$"
)
#: The reason, said with the item left out: a company's, paid once or yearly, not the own.
_A_REASON_FOR_NO_MONTHS_OWN_COST_HU = re.compile(
    r"\b(?:ceg\w*|egyben|egyszer|evente|eves|evi|munkaltato\w*|nem (?:az )?enyem|nem en fizet\w*)"
    r"\b"
)

#: Nothing said as the figure, then "not even" something else comes in ("még … se"), which
#: folding makes "meg" (and): "0, még rokkantsegélyt se kapok", "semmi, még alkalmi munka
#: sincs". The clause adds nothing to the nothing: no item without a figure.
_NOTHING_THEN_NOT_EVEN_HU = re.compile(
    r"(?:0|nulla|semmi)\W* meg (?:[^\W\d]+ ){1,3}(?:se|sem|sincs)\b[^0-9]*$"
)

#: At income, a season's work named without a figure, then nothing now, said last: "a
#: fagyizó nyáron ment, most télen nulla", "ősszel volt szüret, most semmi" (the season before is
#: no figure of now; the nothing is).
_A_SEASON_BEFORE_THEN_NOTHING_NOW_HU = re.compile(
    r"^[^0-9]*[,.;] (?=most(?: (?:telen|nyaron|osszel|tavasszal|epp|eppen|viszont|pedig))? "
    r"(?:nulla|semmi|0)\W*$)"
)

#: At other debts, none of them said, and perhaps only this bank owed: "egyik sincs", "egyik
#: sincs, csak ti", "egyikük sincs, csak önök".
_NONE_OF_THEM_OWED_HU = re.compile(
    r"egyik(?:uk)? sincs\b(?:,? (?:csak|kiveve) "
    r"(?:ti|titeket|maguk|onok|ez|ennek|a (?:bank|kartya))\w*)?\W*$"
)

#: After a figure said as near ("kb", "körül", "nagyjából"), a hedge that names no other figure:
#: the exact one not known by heart, a bit more when extras come, or the figure when nothing
#: extra comes: "nagyjából 240, de a pontosat nem tudom", "kb 260, ha van prémium kicsit több",
#: "190 körül, ha nincs semmi rendkívüli", or the exact one known by another ("a pontosat a
#: könyvelő tudja"). The near figure is the month's; the hedge is blanked.
_A_HEDGE_AFTER_A_NEAR_FIGURE_HU = re.compile(
    r"(?<=[0-9])(?: ?ezer\w*)?(?: korul| kornyeken| tajan)?,? (?:de |es )?"
    r"(?:a pontos(?:at| osszeget)? nem tudom(?: fejbol| pontosan)?"
    # another keeps the exact sum: "kb 230, a pontosat a férjem tudja, nem én"
    r"|a pontos(?:at| osszeget)? (?:csak )?(?:a |az )?[^\W\d]+ tudja(?:,? nem en)?"
    r"|ha (?:van |lesz |jon )?(?:[^\W\d]+ ){0,2}(?:kicsit |valamivel |egy kicsit |kicsivel )tobb"
    r"|ha nincs (?:semmi |valami )?(?:extra|rendkivuli|kulon)\w*(?: kiadas\w*)?)\W*$"
)

#: Hundreds typed as a digit and the word, then the tens as digits: "3 száz 40", "kb 2 szaz 15"
#: (340 and 215; spelling out makes them "300 40", two figures). Two digits of tens only: "2
#: száz 3 hónapra" is no such figure.
_HUNDREDS_AS_A_DIGIT_AND_A_WORD_HU = re.compile(r"\b[1-9] ?sz[aá]z [1-9][0-9]\b(?! ?[0-9])")
#: The same figure in the folded text, spelled out: "300 40".
_HUNDREDS_SPELLED_THEN_TENS_HU = re.compile(r"\b([1-9])00 ([1-9][0-9])\b(?! ?[0-9])")

#: The month's average said last, after figures of single months: "múlt hónapban 410, előtte
#: 260, átlagban kb 330", "…, azelőtt 150, átlagosan havi 210" (each month before is one month's;
#: the average worked out is the figure asked).
_THE_AVERAGE_SAID_LAST_HU = re.compile(
    r"[,.;] (?:de |igy |tehat |szoval )?(?:az? )?atlag(?:ban|osan)?(?: ugy| kb| kornyeken| havi)?"
    r" (?=[0-9]+(?: ?ezer\w*)?(?: havonta| havi| egy honapra)?\W*$)"
)

#: The own count said last after another's figure, with "de én": "a banki app szerint 190, de
#: én 176-ot számoltam ki", "a párom 240-et mond, de én 228-at számolok" (the own count is the
#: answer; the other figure is what it was told).
_THE_OWN_COUNT_SAID_LAST_HU = re.compile(
    r"[,.;]? de en (?:viszont |pontosan )?(?=[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? "
    r"szamol(?:tam|ok)(?: ki| ossze)?(?: pontosan)?\W*$)"
)

#: At other debts, a debt named after the figure as owed to someone with no monthly payment:
#: "a lízing 54, meg a sógoromnak tartozom, de annak nincs havi része" (no month's payment to
#: add; the figure said is the month's), or paid back when one can with nothing fixed ("…,
#: anyámnak meg visszaadok amikor tudok, nincs fix összeg").
_A_DEBT_WITH_NO_PAYMENT_AFTER_HU = re.compile(
    r"(?<=[0-9])(?: ?ezer\w*)?,? (?:meg |es |plusz )?(?:a |az )?(?:[^\W\d]+ ){0,2}[^\W\d]+"
    r"(?:nak|nek) (?:is |meg )?tartozom,? (?:de )?(?:annak|arra|az|ott)? ?nincs "
    r"(?:havi |fix )?(?:reszlet|torleszt|resze)\w*\W*$|"
    # ... or paid back to someone when one can, nothing fixed: "hitel 25, anyámnak meg visszaadok
    # amikor tudok, nincs fix összeg" (the loan's 25 is the month's; nothing fixed to add). Not
    # "…, neki ahogy tudok" alone (round 59): some unknown sum goes to him, asked again.
    r"(?<=[0-9])(?: ?ezer\w*)?,? (?:meg |es |plusz )?(?:a |az )?(?:[^\W\d]+ ){0,2}[^\W\d]+"
    r"(?:nak|nek) (?:is |meg )?(?:visszaadok|visszafizetek|adok vissza|fizetek vissza|tartozom)"
    r"[^0-9]*?\b(?:amikor|ahogy|ha) (?:tudok|tudom|tudunk|van)\b"
    r"\W{1,3}(?:de )?nincs(?: (?:havi|fix))+(?: (?:osszeg|reszlet|torleszt)\w*)?\W*$"
)

#: At other debts, the message's one figure a sum owed to someone, then that nothing is paid on
#: it monthly: "anyósomnak tartozom 300 ezerrel de nincs havi fix", "a bátyámnak tartozom 200-zal,
#: nincs részlete" (no monthly payment: none, as a family debt said without a figure is; not a
#: payment said with it, "…, havi 20-at adok neki").
_ONLY_A_DEBT_OWED_WITH_NO_PAYMENT_HU = re.compile(
    r"(?:(?:a|az) )?[^\W\d]+(?:nak|nek) (?:is |meg )?tartozom (?:kb\.? |olyan |kozel )?"
    r"[0-9]+(?: [0-9]{3})*(?: ?ez(?:er|r)\w*)?(?:-?[a-z]{1,4})?,? (?:de |viszont )?"
    r"(?:annak |arra |neki )?nincs(?: (?:havi|fix))*(?: fix| (?:reszlet|torleszt|resze|osszeg)\w*)"
    r"\W*"
)


#: At expenses, "the rest" named after the last figure as an item of spending, with no figure
#: of its own: "a hitel 30 ezer, a többi a kaja", "lakbér 115, a többi megy a rezsire" (the figure
#: is one item's; the whole is not said). Not what is left over or paid by another (see
#: :data:`_THE_REST_NOT_SPENT_OR_NOT_OWN_HU`).
_THE_REST_NAMED_WITHOUT_A_FIGURE_HU = re.compile(
    r"(?<=[0-9])(?: ?ezer\w*)?,? (?:es |de )?a tobbi (?:pedig |meg )?(?:megy |elmegy |megy el )?"
    r"(?:a |az )?(?:[^\W\d]+ ?){1,4}\W*$"
)
#: Said of the rest: left over, put aside, paid by another, or not known (read by other rules).
_THE_REST_NOT_SPENT_OR_NOT_OWN_HU = re.compile(
    r"marad|felre|megtakar|parom|ferj|feleseg|szul|anyu|apu|fizet|allj|tud|valtoz|ahogy|jon"
)
#: A whole named before the rest, its parts then listed: "a kiadás 212, ebből a rezsi 38, …, a
#: többi lakbér" (the rest is of a whole said; read by the rules for wholes).
_A_WHOLE_NAMED_BEFORE_THE_REST_HU = re.compile(r"ebbol|abbol|osszes|kiadas|koltes|egesz")

#: Nothing said first as the figure, then only its reason: "0 mert munkásszálláson lakom, a
#: kaját is a cég adja", "0, mivel a szüleimnél élek" (the reason names things others pay for,
#: which is no part of a figure; no other figure after it).
_NOTHING_THEN_ITS_REASON_HU = re.compile(r"0,? (?:mert|mivel|hiszen|ugyanis)\b[^0-9]*$")

#: Nothing said first as the figure, then only what is not there, each clause a no: "0, január
#: óta nincs munkám és segélyt se kapok", "nulla, nincs állásom, nem kapok semmit" (no item
#: without a figure is named; nothing is the answer).
_NOTHING_THEN_ONLY_WHAT_IS_NOT_HU = re.compile(
    r"(?:0|nulla|semmi)[,.;:!]? (?:(?:es |de |meg )?[^,;.0-9]*?\b(?:nincs\w*|sincs\w*|se|sem|nem|"
    r"soha)\b[^,;.0-9]*(?:[,;.] ?|$))+"
)


#: The base pay, then the pay with its extras said after it: "az alapom 240, pótlékokkal 280
#: szokott lenni", "alap 200, a túlórával 260 jön" (the base is a part of the pay; the figure
#: with the extras is what comes in).
_THE_BASE_THEN_THE_PAY_WITH_EXTRAS_HU = re.compile(
    r"\balap(?:om|ja|ber\w*|fizetes\w*|fizum?)?\b[^0-9.;!?]{0,12}?(?<![0-9.,])([0-9]{2,3})"
    r"(?! ?[0-9]|-?as|-?es)[^0-9.;!?]{0,40}?"
    r"\b(?:potlek|tulora|premium|bonusz|jutalek|borravalo|muszakpotlek)\w*[aeo]l\b"
    r"[^0-9.;!?]{0,25}?(?<![0-9.,])([0-9]{2,3})(?![0-9]| ?%)"
)

#: Words after the base that say the extras may not come, or came once: "..., de túlóra most
#: nincs", "ha lesz", "volt már 400 is, de leállították", "pótlékokkal 380 is megvolt".
_THE_EXTRAS_NOT_SURE_HU = re.compile(
    r"\bnincs\w*|\bnem lesz\b|\belmarad\w*|\bha\b|\bvagy\b|\bvolt mar\b|\bleallit\w*|"
    r"\bmegszun\w*|\bmar nem\b|\bis (?:meg)?volt\b"
)


def _without_the_base_before_the_pay_with_extras_hu(folded: str) -> str:
    """``folded`` with the base pay blanked where the pay with its extras is said after it and is
    more ("alap 200, túlórával 260": 260 comes in, the base is in it), unless words after say
    the extras may not come ("..., de túlóra most nincs": left as it was)."""
    said = _THE_BASE_THEN_THE_PAY_WITH_EXTRAS_HU.search(folded)
    if (
        said is None
        or int(said[2]) <= int(said[1])
        or _THE_EXTRAS_NOT_SURE_HU.search(folded, said.end(1))
    ):
        return folded
    return folded[: said.start(1)] + " " * len(said[1]) + folded[said.end(1) :]


#: A figure for a quarter, said with the adjective before any figure: "a negyedéves kivonat
#: szerint 540 ezer", "a negyedévi bevétel 900" (three months' worth, the month's not worked
#: out; not "a fizum 250, a prémium negyedéves", a part after the month's figure; the word of a
#: statement or of money in or out comes right after it).
_A_QUARTERS_WORD_HU = re.compile(
    r"[^0-9]*\bnegyedev(?:es|i) (?:kimutat|kivonat|osszesit|kiadas|koltes|koltseg|bevetel|"
    r"jovedelem|forgalm|terheles|fizetes|kereset)"
)

#: A month's word that says the month's figure is there too: "..., az havi 180".
_A_MONTHS_WORD_HU = re.compile(r"\bhavi\b|\bhavonta\b|\bhonap\w*|\bhavi?ra\b|\bhavon\b")


def _a_quarters_figure_hu(folded: str) -> bool:
    """Whether the figures are said for a quarter by the adjective ("negyedéves", "negyedévi"),
    with no word of a month: a quarter's sum is no month's, and dividing it is a guess (not
    "negyedéves kivonat: 540, havonta kb 180", where the month's is said)."""
    return bool(_A_QUARTERS_WORD_HU.match(folded)) and not _A_MONTHS_WORD_HU.search(folded)


#: An offer said as a floor only, "minimum" as "legalább": "minimum 15 ezret, az biztos", "havi
#: min. 12-t": how much above it is not said (its only figure; not "minimum 15, többet nem
#: tudok", where the floor is the ceiling too).
_A_FLOOR_OFFERED_ALONE_HU = re.compile(
    r"(?:havi |havonta )?min(?:imum)?\.? [0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?(?:-?[a-z]{1,3})?\b"
    r"(?![^0-9]*(?:tobbet nem|nem tobbet|nem tudok tobbet|max))[^0-9]*$"
)


#: What follows the last figure of a message, to its end.
_AFTER_THE_LAST_FIGURE_HU = re.compile(r"(?<=[0-9])[^0-9]*$")

#: An item of a month's spending named alone, with no figure (after "a"/"az"): "telefon",
#: "a bérlet", "gyógyszerek".
_A_BARE_ITEM_HU = re.compile(
    r" ?(?:az? )?(?:kaja|etel|rezsi|lakber|alberlet|albi|berlet|benzin|tankolas|telefon|net|"
    r"internet|kozlekedes|busz|gyogyszer|biztositas|ovi|ovoda|bolcsi|iskola|ruha|villany|gaz|"
    r"viz|kozos ?koltseg|netflix|edzes|konditerem|cigi|kutya|macska)\w*(?: is)? ?"
)


def _bare_items_listed_last_hu(folded: str) -> bool:
    """Whether a list of items with their figures ("albi 110, kaja 60, rezsi 30") goes on with
    two or more items named without one ("…, bérlet, net, gyógyszer"): their figures are not
    said, so the sum of the priced ones is no month's spending (as one bare item after the list
    is not). Only when the last figure ends its item's clause and every piece after it is an
    item alone ("…, a többi kaja, rezsi" names what the figure before covers, no new item)."""
    tail = _AFTER_THE_LAST_FIGURE_HU.search(folded)
    if tail is None or len(_A_FIGURE_HU.findall(folded, 0, tail.start())) < 2:
        return False
    first, *named = re.split(r"[,;]| es | meg ", tail[0].rstrip(" .!"))
    return (
        len(named) >= 2
        and first.strip() in ("", "ezer", "e", "ft")
        and all(_A_BARE_ITEM_HU.fullmatch(piece) for piece in named)
    )


#: Last month's figure, then the month's before it, going back: "a múlt hónapban 190 ment el,
#: előtte 215", "múlt hónap 240, azelőtt meg 205". Each is one month's, none the usual one.
_LAST_MONTHS_FIGURE_THEN_THE_ONE_BEFORE_HU = re.compile(
    r"\bmult honap\w* (?:kb\.? |kozel |mintegy )?[0-9][^.;!?]{0,25}?\b(?:az)?elott(?:e|i)? "
    r"(?:honap\w* )?(?:meg |pedig )?(?:kb\.? |kozel )?[0-9]"
)


#: Two figures from two sources that do not agree, the writer not knowing which holds: "a
#: levélben 55 áll, a netbankban 51, nem tudom melyik az igaz", "a cetlin 40, az sms-ben 44,
#: nem értem a különbséget". Neither is taken (summing them, as items, is worse still).
_WHICH_OF_THE_FIGURES_NOT_KNOWN_HU = re.compile(
    r"\bnem (?:tudom|ertem|tudjuk)\b[^.;!?0-9]{0,20}?\b(?:melyik\w*|(?:mi )?a kulonbseg\w*)"
)

#: A figure still to come, its size or its date not known yet: "a szerviz díját még nem
#: tudom", "az edzőtábor árát még nem küldték", "a kerítésre még nincs ár", "szeptembertől több
#: lesz, nem tudom pontosan mikor vált", "lehet, hogy marad, lehet, hogy emelik", "a 160-as
#: rezsim 10%-kal nőtt". Whatever figure is said beside it is no month's answer yet.
_A_FIGURE_STILL_TO_COME_HU = re.compile(
    r"\b(?:arat|arara|dijat|osszeget|osszeg\w*re)\b[^.;!?0-9]{0,25}?\bmeg nem "
    r"(?:tud\w*|kapt\w*|kuldt\w*|mondt\w*|ismer\w*)|"
    r"\bmeg nincs (?:ara|ar|dija|osszege)\b|"
    r"\bnem tud(?:om|juk) (?:meg )?(?:pontosan )?mikor (?:valt|lep|indul|kezd|lesz)\w*|"
    r"\blehet,? hogy (?:marad|kevesebb|tobb|emel|csokk)\w*[^.;!?]{0,40}?\blehet,? hogy\b"
)

#: A figure said to have grown or shrunk by a share, no new figure after it: "a 160-as rezsim
#: 10%-kal nőtt" (the new one is not said; "10%-kal nőtt, most 330" says it, and is read).
_A_FIGURE_CHANGED_BY_A_SHARE_HU = re.compile(
    r"[0-9] ?%-?(?:kal|kel) (?:nott|nol|emelked\w*|emelt\w*|csokken\w*|csokkent\w*)\b"
)


#: "That one" said to be known only to another, or not seen or known yet: "…, azt a férjem
#: tudja", "azt a számlát még nem láttam", "a kiadást azt nem tudom pontosan", "azokat nem
#: tartom számon" (not kept track of). Said of an item
#: named after the last figure (not of the figure itself), it leaves that item's figure open.
_THAT_ONES_FIGURE_NOT_KNOWN_HU = re.compile(
    r"\b(?:azt|ezt|azokat|ezeket)(?: a \w+(?:at|et|t))? (?:(?:meg )?nem (?:lattam|tudom|tudjuk|"
    r"tartom szamon|kovetem)|"
    r"(?:csak )?(?:a |az )?(?:parom|ferjem|felesegem|elettarsam|anyam|apam|fiam|lanyom) tudja)\b"
)

#: An item's figure said not to be known, then the figure of "the rest" beside it: "a
#: menzát levonják, hogy mennyit nem tudom, a többi 70", "a kaját a cég adja, hogy mennyiért azt
#: nem tudjuk, a maradék 85" (the rest is no whole; the item left open, asked again).
_THE_REST_BESIDE_AN_ITEM_NOT_KNOWN_HU = re.compile(
    r"\bhogy mennyi\w*,? (?:azt |az )?(?:meg )?nem (?:tudom|tudjuk)\b[^0-9]{0,20}"
    r"\ba (?:tobbi|maradek)\b"
)

#: An item's figure to come said not to be known ("nem tudom, mennyi lesz"), then the figure of
#: "the rest" or "everything else" beside it, an old figure of the item perhaps between: "a
#: vízszámla most jön, nem tudom mennyi lesz, eddig 9 volt, a többi 140", "a kert locsolása nem
#: tudjuk mennyi lesz nyáron, minden egyéb 120" (the rest is no whole; asked again). Not "nem
#: tudom mennyi lesz jövőre, most 150", which has no rest and is read.
_AN_ITEMS_NEW_FIGURE_NOT_KNOWN_BESIDE_THE_REST_HU = re.compile(
    r"\bnem tud(?:om|juk),? (?:hogy )?mennyi (?:lesz|jon|megy|kerul)\b[^.;!?]{0,40}?"
    r"\b(?:a tobbi|a maradek|minden mas|minden egyeb)\b[^0-9.;!?]{0,15}[0-9]"
)

#: One figure with a part in it ("együtt"), then that part said to be perhaps not coming this
#: time, no figure after: "a pótlékkal együtt 310, de a pótlék most lehet hogy nem jön", "a
#: jattal együtt 250, de az nem biztos" (the figure without it is not said; asked again).
_A_WHOLE_WITH_A_PART_NOT_SURE_HU = re.compile(
    r"\begyutt\W{0,3}(?:kb\.? |olyan )?[0-9]+(?: ?ezer\w*)?[^0-9.!?]{0,12}\bde\b[^0-9]*"
    r"\b(?:lehet,? hogy (?:elmarad|kimarad|nem (?:lesz|jon|kapom))|nem biztos)\b[^0-9]*$"
)

#: A guess said right after not knowing: "…, azt nem tudom, kb 30" (then the item has a figure).
_A_GUESS_AFTER_HU = re.compile(
    r"\W{0,4}(?:\w+ )?(?:kb|kozel|mondjuk|talan|olyan|nagyjabol)\W*[0-9]"
)

#: A change to come, whose size is what is not known (read by the rules for changes, not here):
#: "januártól emelik", "drágul", "változik".
_A_CHANGE_TO_COME_HU = re.compile(r"emel|dragul|valtoz|novel|csokk|\w\wtol\b")


#: A word of three letters or more, and the words between a figure and "azt…" that name no item.
_A_WORD_HU = re.compile(r"[^\W\d]{3,}")
_NO_ITEMS_WORDS_HU = frozenset(("meg", "forint", "ezer", "havonta", "havi", "ami", "pedig", "hat",
                                "szoval", "csak", "persze", "mar", "most"))  # fmt: skip


def _an_items_figure_not_known_hu(folded: str) -> bool:
    """Whether a Hungarian answer names an item after its figures and says its figure is known
    only to another, or not seen yet (:data:`_THAT_ONES_FIGURE_NOT_KNOWN_HU`): "albérlet 90,
    gáz.. azt a számlát még nem láttam", "lízing 30 meg a hűtő részlete, azt a párom tudja". The
    whole is not known; asked again. Said straight after a figure ("120, azt a párom tudja"),
    or with a guess after it, it is no open item. Tried only where "tudja"/"nem " and a word
    pointing at it ("azt", "ezt", "azokat", "ezeket") are."""
    if ("tudja" not in folded and "nem " not in folded) or not any(
        w in folded for w in ("azt ", "ezt ", "okat ", "eket ")
    ):
        return False
    for said in _THAT_ONES_FIGURE_NOT_KNOWN_HU.finditer(folded):
        before = [m.end() for m in _A_FIGURE_HU.finditer(folded, 0, said.start())]
        if not before or _A_GUESS_AFTER_HU.match(folded, said.end()):
            continue
        between = folded[before[-1] : said.start()]
        if _A_CHANGE_TO_COME_HU.search(between):
            continue  # "most 175, januártól emelik, hogy mennyivel azt még nem tudom": a change
        if any(w not in _NO_ITEMS_WORDS_HU for w in _A_WORD_HU.findall(between)):
            return True
    return False


def _a_figure_not_known_yet_hu(folded: str) -> bool:
    """Whether a Hungarian answer leaves its figure open: two sources' figures and not knowing
    which (:data:`_WHICH_OF_THE_FIGURES_NOT_KNOWN_HU`), or a new figure whose size or date is
    not known yet (:data:`_A_FIGURE_STILL_TO_COME_HU`). Each is tried only where its words are:
    "melyik"/"különbség", "még nem"/"még nincs", "mikor", "lehet" twice, "%"."""
    if (
        ("melyik" in folded or "kulonbseg" in folded)
        and len(set(_A_FIGURE_HU.findall(folded))) > 1
        and _WHICH_OF_THE_FIGURES_NOT_KNOWN_HU.search(folded)
    ):
        return True
    if (
        "%" in folded
        and (changed := _A_FIGURE_CHANGED_BY_A_SHARE_HU.search(folded))
        and not _A_FIGURE_HU.search(folded, changed.end())
    ):
        return True
    return (
        "meg nem " in folded or "meg nincs" in folded or "mikor" in folded or "lehet" in folded
    ) and _A_FIGURE_STILL_TO_COME_HU.search(folded) is not None


#: In Hungarian, millions then thousands: "3 millió 180" and "2 millió 520 ezer" are 3 180 000 and
#: 2 520 000 (a bare number after a million counts its thousands).
_MILLION_AND_THOUSANDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}) ?millio (?:es )?([0-9]{1,3})(?: ?ezer\w*)?"
    r"(?![0-9]|[.,][0-9]| ?(?:e\b|k\b))"
)


#: A figure, then (a word or two on) the thousands it counts named in brackets, in Hungarian:
#: "havi 25-öt tudok (ezret persze)", "30-at (ezer forintot)" (spelled out as 1000 by then).
#: The figure is in thousands.
_THOUSANDS_ASIDE_HU = regex(
    r"(?<![0-9.,])([0-9]{1,3})(?:-?[aeoöő]?t)?((?: [^\W\d]+){0,2}) ?\( ?"
    r"(?:persze |mármint |marmint )?"
    r"(?:ez(?:er|re)t?|1000)(?: forint\w*| ft)?(?: persze| természetesen| termeszetesen)?\W{0,2}\)"
)


#: Three or more single digits a space apart before thousands or at the end: "2 3 5 ezer" is 235
#: ezer.
_DIGITS_TYPED_APART_HU = re.compile(
    r"(?<![0-9.,] )(?<![0-9.,])[0-9](?: [0-9]){2,}(?= ?ez(?:er|re)| ?(?:ft|forint)?\W*$)"
)

#: One figure alone with a space slipped in after its first digit: "2 15 000 ft" is 215,000,
#: "1 92 500" 192,500 (the groups of a figure are of three; a lone digit before two is no
#: count, as no word names what it counts). Only the whole message, and not of a debt, where
#: "3 12 500" may be three payments.
_A_SPACE_SLIPPED_INTO_A_FIGURE_HU = re.compile(
    r"^([0-9]) ([0-9]{2}) ([0-9]{3})(?= ?(?:ft|forint)?\W*$)"
)


#: (a comma or a full stop after it ends the clause: "a nettó 318 ezer 750, a SZÉP nincs benne")
_THOUSAND_AND_HUNDREDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}) ?ezer (?:es )?([0-9]{3})"
    r"(?![0-9]|[.,][0-9]| ?(?:ezer|e\b|k\b|rugo|millio))"
)


#: Equal items said as a count and one amount, in Hungarian: "2x 14 ezer", "két áruhitel,
#: mindkettő 15 ezer", "mindhárom 7 990": the count times the amount, as one figure (a multiplier
#: after it stays: "2x 14 ezer" is "28 ezer"). A count of one digit only: "12x 9 ezer" is a term.
#: A figure denied after the one meant, in Hungarian: "mármint 220, nem 200 meg 20", "kétszáztíz.
#: nem kétszáz, nem tíz, kétszáztíz" (a dictation heard in parts, put right). No amount; blanked
#: only where a figure is said before it.
_A_FIGURE_DENIED_HU = re.compile(
    r"(?<=[0-9a-z][,.;!] )nem [0-9]+(?: ?ezer)?(?: (?:meg|es|plusz) [0-9]+(?: ?ezer)?)?"
    r"(?= ?(?:[,.;!]|$))"
)


#: Two figures of thousands with a bare "nem" between them and nothing to mark either, as a
#: dictation writes them: "most 230 ezer jön be nem 225 ezer", "a törlesztő 48 ezer nem 84
#: ezer". A slip put right (the last) or a figure insisted on (the first): asked again. Not
#: "220, nem 200" (its comma), nor one owned after as the slip ("98 ezer nem 96 ezer bocs").
_A_FIGURE_NEM_A_FIGURE_UNPUNCTUATED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,3} ?(?:ezer|ezret)(?: [a-z]+){0,2} nem [0-9]{1,3} ?(?:ezer|ezret)\b"
    r"(?![^.;!?]{0,25}\b(?:bocs\w*|pardon|elirtam|elnezest)\b)",
    read_often=False,
)


#: A house, a flat or a door named by its number, in Hungarian: "a 3-as házban", "a 12-es
#: lakásból". The number is no money.
_A_NUMBERED_PLACE_HU = re.compile(
    r"(?<=\ba )[0-9]{1,3}-?[aeo]s(?= (?:haz|lakas|lepcsohaz|emelet|ajto|kapu|szoba)\w*)"
)


#: A tram, bus or train line named by its number, in Hungarian: "bérlet a 4-6-osra 8950", "a
#: 4-6-ossal járok be", "a 7-es busszal" (two numbers joined with the ending of one name, or one
#: before the vehicle), its article with it ("bérlet 8950" then reads as the item and its figure).
#: No money, no range.
_A_LINE_BY_ITS_NUMBER_HU = re.compile(
    r"\ba [0-9]{1,3}-[0-9]{1,3}-?[aeo]s(?:ra|re|hoz|hez|sal|sel|on|en|t|nal|nel)?\b|"
    r"\ba [0-9]{1,3}-?[aeo]s(?= (?:villamos|busz|troli|hev|metro|vonat|jarat|gyors)\w*)"
)

#: A car's engine by its size, in Hungarian: "1.6-os dízel Opel", "a kocsi 1.4-es benzines" (no
#: money beside the fuel's figure).
_AN_ENGINES_SIZE_HU = re.compile(
    r"(?<![0-9.,])[0-9][.,][0-9]-?(?:es|as|os)\b(?= (?:[^\W\d]+ )?"
    r"(?:benzin|dizel|diesel|motor|tdi|tsi|hdi|gazos|turbo)\w*)"
)

#: A line of a statement named by its figure, asked about: "mi az a 1490-es tétel?", "a 3200-as
#: levonás micsoda?" (the line's sum is no answer).
_A_STATEMENT_LINE_BY_ITS_FIGURE_HU = re.compile(
    r"(?<=\ba )[0-9]{3,6}-?[aeo]s(?= (?:tetel|terheles|levonas|sor)\w*)"
)

#: A figure put right for an answer given before, of another question: "az előbb a rezsit
#: rosszul írtam, inkább 65", "korábban elírtam a kaját, 90 a jó" (the figure is that answer's).
_AN_EARLIER_ANSWER_PUT_RIGHT_HU = re.compile(
    r"\b(?:az )?(?:elobb|korabban|elozoleg|multkor)\b[^.;!?0-9]{0,40}?"
    r"\b(?:(?:rosszul|hibasan|rosszat) (?:irtam|adtam meg|mondtam)|elirtam)\b"
    r"[^.;!?0-9]{0,30}[0-9]+(?:[.,][0-9]+)?(?: ?(?:e|k|ezer\w*)\b)?"
)

#: "a 12-ből 20": from number 12, twenty (a part is never more than the whole it comes from).
_FROM_A_NUMBERED_PLACE_HU = re.compile(r"(?<=\ba )([0-9]{1,3})-?b[oe]l (?=([0-9]+))")


#: The one cared for, named after a carer's allowance: "ápolási díj 62 ezer anyukám után", "az
#: ápolási díj a fiam után 70". The allowance is the cardholder's own income, no one else's.
_CARED_FOR_HU = re.compile(
    r"(\bapolasi dij\b[^,.;!?]{0,20}?)((?:\baz? )?\b\w+(?:am|om|em|im|um) utan\b)"
)


#: "Of that" said of a side job named right before it, not of the income before the job: the
#: job's pay is a second income, added ("nyugdíj 150 ezer, mellette takarítok, abból havi 60",
#: "ösztöndíj 50 meg hétvégén pultozok, abból 70"). Only a job worked now ("vagyok", a verb of
#: working), no figure between the job and "abból", and the clause ending at the job's figure:
#: "bruttó 400, 8 órában dolgozom, abból 266 marad" keeps its part ("marad" after the figure).
#: So too a home or a room let ("nyugdíj 190, meg kiadom a lakást, abból havi 60 jön").
_FROM_A_SIDE_JOB_HU = re.compile(
    r"\b(?:vagyok|dolgozom|dolgozok|pultozok|melozok|takaritok|fuvarozok|maszekolok|"
    r"futarkodok|vallalok|kiadom|kiadjuk)\b[^0-9,.;!?]{0,80}, abbol"
    r"(?= (?:havi |havonta )?(?:kb |kb\. |meg )?[0-9][0-9 ]*(?: ?ezer\w*|e)?(?: ?ft| forint)?"
    r"(?: (?:jon|jott|kapok|keresek|szokott)\w*)?(?: havonta)?\s*(?:$|[,.;!]))"
)


#: "Of that" said of a job named with when it is worked, no figure between: "kórház 298,
#: magánrendelő hétvégente, abból havonta 70", "pultozás esténként, abból 60" (a second income).
_FROM_A_JOB_WORKED_AT_TIMES_HU = re.compile(
    r"\b(?:hetvegente|hetvegenkent|estenkent|ejszakankent|szombatonkent|vasarnaponkent|"
    r"delutanonkent|hetente egyszer|alkalmankent|mellekesen|mellette)\b, abbol"
    r"(?= (?:havi |havonta )?(?:kb |kb\. |meg )?[0-9][0-9 ]*(?: ?ezer\w*|e)?(?: ?ft| forint)?"
    r"(?: (?:jon|jott|kapok|keresek|szokott)\w*)?\s*(?:$|[,.;!]))"
)


def _a_place_before_more(match: re.Match[str]) -> str:
    """A :data:`_FROM_A_NUMBERED_PLACE_HU` match blanked when the figure after it is the larger:
    the number names a place ("a néni a 12-ből 20-at ad"), not a whole ("a 200-ból 50")."""
    return " " * len(match[0]) if int(match[2]) > int(match[1]) else match[0]


#: (the amount also in four to six digits run together: "2 x 7500, 5-én és 20-án" is 15 000)
_TIMES_HU = re.compile(
    r"(?<![0-9.,])([2-9]) ?[x\u00d7*] ?([0-9]{1,3}(?: [0-9]{3})*(?:,[0-9]{1,2})?|[0-9]{4,6})"
    r"(?! ?[0-9]|[.,][0-9])"
)


_ALL_OF_THEM_HU = re.compile(
    r"\bmind ?(?:a )?(ketto|ket|harom|negy)\w*\W{1,3}(?:(?:havi|havonta|egyenkent|kb) )?"
    r"([0-9]{1,3}(?: [0-9]{3})*(?:,[0-9]{1,2})?)(?! ?[0-9]|[.,][0-9])"
)


#: An amount said so many times in words: "kétszer tizenkét ezer a két gyerek menzája" is 24 ezer,
#: "háromszor 8 ezer az edzés" 24 ezer (read as ``_TIMES_HU``'s "2x 12 ezer"); not so many times
#: a period ("havonta kétszer 90 ezer": how often, asked again).
_TIMES_IN_WORDS_HU = re.compile(
    r"(?<!havonta )(?<!hetente )(?<!naponta )(?<!evente )(?<!honapban )(?<!heten )"
    r"(?<!evben )(?<!havi )\b(ketszer|haromszor|negyszer) "
    r"([0-9]{1,3}(?: [0-9]{3})*(?:,[0-9]{1,2})?|[0-9]{4,6})"
    r"(?! ?[0-9]|[.,][0-9])"
)


#: Every few months with the count in digits: "3 havonta hosszabbítok" is every three months,
#: another period than the month (see ``_ANOTHER_PERIOD``), and its 3 no money.
_EVERY_FEW_MONTHS_HU = re.compile(r"(?<![0-9.,])[2346] ?havonta\b")


#: A number of months' rent paid as a deposit or in advance: "2 havi kaucióval", "3 havi
#: előre": months, no money.
_MONTHS_OF_DEPOSIT_HU = re.compile(r"(?<![0-9.,])[1-6] havi(?= (?:kaucio|elore|lakber|berlet))")


#: Months of pay counted, a severance or a notice paid: "3 havi végkielégítést kaptam", "a 2
#: havi felmondási idő" (a count of months, no money).
_MONTHS_OF_PAY_COUNTED_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2} havi(?= (?:vegkielegites|felmondasi|vegkiel|szabadsag|fizetesnyi|"
    r"bernyi|jutalom|premium)\w*)"
)


#: The months of pay a year counts, a 13th month's paid: "a nyugdíj 13 havi, de havonta 204 jön",
#: "14 havi fizetés jár" (a count of months, no money).
_MONTHS_OF_PAY_A_YEAR_HU = re.compile(
    r"(?:(?<=nyugdij )|(?<=nyugdijam )|(?<=fizetes )|(?<=fizetesem )|(?<=ber )|(?<=berem )|"
    r"(?<=fizu ))1[34](?= havi\b(?! [0-9]))|"
    r"(?<![0-9.,])1[34](?= havi (?:nyugdij|fizetes|ber|fizu)\w*)"
)


#: A term's payments counted times each, said of a debt: "részletre: 6x 11 200, most a 3.-nál
#: tartok", "12 x 25 ezer, 4 van hátra" (the count of payments is no money; each is the
#: month's payment, where "2x 12 000" may be two loans' and is their sum).
_A_TERMS_PAYMENTS_TIMES_HU = re.compile(
    r"(?<![0-9.,])(?:[3-9]|[1-6][0-9]|72) ?[x\u00d7*] ?(?=[0-9])"
)


_A_TERM_SAID_HU = re.compile(r"\breszlet\w*|\btartok\b|\bhatra\b|\bhonapos\b")


#: How far along the term, beside those: "most a 3.-nál tartok" (a count of payments, no money;
#: the payments left, "5 részlet van hátra", "ebből 5 van hátra", are read by their own rules).
_HOW_FAR_ALONG_THE_TERM_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}\.?-?n[ae]l(?= (?:(?:mar|most) )?(?:tartok|tartunk)\b)"
)


#: The payments left said bare after a term's payments counted: "12 x 25 ezer, 4 van hátra".
_PAYMENTS_LEFT_BARE_HU = re.compile(
    r"(?<!ebbol )(?<!abbol )(?<![0-9.,])[0-9]{1,2}(?= (?:van|maradt) hatra\b)"
)


#: This card's share of a budget for all the cards, said after it: "havi 5 ezret tudok a két
#: kártyára, ebből erre 3 ezer jut". The share is the offer; the budget is context.
_THIS_CARDS_SHARE_HU = re.compile(r"\b(?:ebbol|abbol) (?:erre|ide|onoknek|maguknak)\b")


#: A pasted bank SMS ("Jóváírás 278 450 Ft ... Egyenleg: 301 220 Ft"): the balance after the
#: credit is what is on the account, not what came in; only the credit is the income.
_BALANCE_AFTER_A_CREDIT_HU = re.compile(
    r"\begyenleg\w*\W{0,3}\+?[0-9]{1,3}(?:[ .][0-9]{3})*(?:,[0-9]{1,2})?(?: ?(?:ft|huf)\b)?"
)


#: One of two figures preferred with "inkább … mint": "kb 170. inkább 170 mint 180" (the one
#: after "mint" is the figure not meant).
_RATHER_THIS_THAN_THAT_HU = re.compile(
    r"\binkabb ([0-9]+(?: ?ezer\w*)?) mint [0-9]+(?: ?ezer\w*)?(?![0-9])"
)


#: Figures weighed aloud, each with a question mark or an "or", then one of them settled on
#: with "inkább": "180? 185? inkább 185", "200 vagy 210, inkább 210 szerintem" (the figures
#: weighed are no sum nor a choice left open; see :func:`_without_the_figures_weighed_hu`).
_FIGURES_WEIGHED_THEN_ONE_HU = re.compile(
    r"(?<![0-9.,])((?:[0-9]+(?: ?ezer\w*)?(?:\?+|,? vagy)[ ,]*){1,4}[0-9]*(?: ?ezer\w*)?\??)"
    r"[ ,]*(?:(?:na|hat|szoval) )?inkabb (?:a |az )?([0-9]+)(?![0-9 .,]*[0-9])"
)


def _without_the_figures_weighed_hu(folded: str) -> str:
    """``folded`` with the figures weighed before "inkább" blanked (see
    :data:`_FIGURES_WEIGHED_THEN_ONE_HU`), only when the one settled on is one of them: "180?
    185? inkább 190" settles on none of the weighed, and is left to the rest of the reading."""
    said = _FIGURES_WEIGHED_THEN_ONE_HU.search(folded)
    if said is None or said[2] not in re.findall(r"[0-9]+", said[1]):
        return folded
    return folded[: said.start(1)] + " " * len(said[1]) + folded[said.end(1) :]


#: A lump sum lived on, the month's spending said beside it: "az örökség 2 millió volt, abból
#: élek, havonta 170 megy el" (the sum is no month's).
_A_LUMP_SUM_LIVED_ON_HU = re.compile(
    r"(?<![0-9])[0-9][0-9 ,.]*(?: ?(?:millio|ezer)\w*)?(?: ?(?:ft|forint))? "
    r"(?:volt|van|maradt)\W{1,3}(?:es )?(?:abbol|ebbol|azbol) (?:elek|elunk)(?: meg)?\b"
)


#: A month's income lived on, named before the items spent: "160 nyugdíjból élünk, gyógyszer 24,
#: kaja 60", "a 210-es fizuból élek, albi 100" (the income, not spending, when items follow).
_AN_INCOME_LIVED_ON_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]s)? (?:nyugdij|fizu|fizetes|ber|jovedelm)\w*bol "
    r"(?:elek|elunk)\b(?=[^0-9]{1,40}[0-9]+[^0-9]+[0-9])"
)


#: How many payments are left of a term: "24 x 12 490, ebből 7 van hátra" (a count, no money).
_PAYMENTS_LEFT_HU = re.compile(
    r"\b(?:ebbol|abbol) [0-9]{1,2} (?:van hatra|hatra van|van meg|maradt)\b"
)


#: A loan's whole and its balance left, said after the payment: "20 ezret vonnak le, a 400-ból
#: még 260 van hátra", "havi 15, a 300 ezerből 120 maradt" (balances, no month's payment).
_A_BALANCE_LEFT_OF_THE_WHOLE_HU = re.compile(
    r"\baz? [0-9]+(?: ?ezer)?-?b[oe]l (?:meg )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? "
    r"(?:van (?:meg )?hatra|maradt(?: meg)?|hatra van|van meg)\b"
)


#: The payments left said right after the payment, without "ebből": "a tetováló gépre 12x
#: 15 990, 5 van még hátra", "havi 9 990, még 10 van hátra" (a count of payments, no money;
#: blanked with its words, which said of the payment would make it a balance).
_PAYMENTS_LEFT_OF_A_TERM_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,3}(?: [0-9]{3})*(?: ?ezer\w*)?,? (?:(?:es|de) )?(?:meg )?"
    r"([0-9]{1,2} (?:van meg hatra|van hatra|maradt meg hatra|reszlet van (?:meg )?hatra))\b"
)


#: An offer refused as too much, said again after the one made: "15 ezer... nem, 12, a 15 túl
#: sok" (the refused figure is no second offer).
_A_FIGURE_TOO_MUCH_HU = re.compile(
    r"\b(?:a|az) [0-9]+(?: ?ezer\w*)? (?:(?:az|mar|meg) )?(?:tul sok|tul nagy|sok)\b"
)


#: An option's figure refused as too much, the offer said after: "a 3-as opció 24 ezre sok,
#: 16-ot", "a csomag 30-a túl sok, 22-t", "18 ezer nagyon sok, 12 ezret" (the refused figure is
#: no offer; the option's number is set aside before).
_AN_OPTIONS_FIGURE_TOO_MUCH_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezre|-?[ae]| ?ezer\w*)? (?:(?:tul|nagyon|eleg|kicsit) )?(?:sok|nagy)"
    r"\b(?=[^0-9]*[0-9])"
)


#: A plan's figure refused as too much, asked back or said with "volna": "a 24 részletes 28
#: ezer? az sok. 17", "30 ezer volna, az sok, 20-at" (the plan named by its payments and its
#: figure are no offer).
_A_PLANS_FIGURE_TOO_MUCH_HU = re.compile(
    r"(?:\b(?:a|az) [0-9]{1,2} (?:reszletes|honapos|havos) )?[0-9]+(?: ?ezer\w*)?"
    r"(?:\?+| (?:volna|lenne),?) "
    r"(?:az|ez) (?:(?:tul|nagyon|eleg|kicsit) )?(?:sok|nagy)\b"
)


#: The own part said after a whole shared, with "így nekem": "lakáshitel 96, de a felét a volt
#: férjem fizeti, így nekem 48" (the whole is no payment of one's own).
_THE_OWN_PART_AFTER_A_WHOLE_HU = re.compile(
    r"\b(?:igy|tehat|szoval|vagyis) (?:nekem|ram|az en reszem)\W{0,3}(?:(?:havi|havonta|kb) )?"
    r"(?=[0-9])|"
    # "my part" said right after the whole, with no word between but whom it is for: "a lakás
    # 300 összesen, az én részem 100", "a ház 240 hármunkra, az én részem ebből 80"
    r"(?<=[0-9])(?: (?:osszesen|egyutt))?(?: \w+(?:nkra|unkre|nak|nek))?, az en reszem"
    r"(?: ebbol| belole)?\W{0,3}"
    r"(?:(?:havi|havonta|kb) )?(?=[0-9])|"
    # a share of it said to be one's own, then its figure: "a rezsi 80, ennek a fele az enyém,
    # az 40", "albi 160, de a párom fizeti az 50%-át, szóval az enyém 80"
    r"\b(?:ennek|annak) a (?:fele|harmada|negyede) (?:az enyem|enyem|jut ram|ram jut)\W{0,3}"
    r"(?:(?:az|ami|vagyis|szoval|tehat) )?(?:(?:havi|havonta|kb) )?(?=[0-9])|"
    r"\b(?:szoval|igy|tehat|vagyis) az enyem\W{0,3}(?:(?:havi|havonta|kb) )?(?=[0-9])"
)


#: An item's whole, then the own part of it said right after with "nekem", item by item in a
#: list of spending: "lakbér 200 nekem 100, villany 30 nekem 15", "a ház bérlete 240, hárman
#: osztjuk, az nekem 80, kaja 50" (the whole of each item is no spending of one's own; its own
#: part is). The whole is group 1; only a figure right before "nekem", or one clause before
#: ", az nekem", is taken for it.
_AN_ITEMS_WHOLE_THEN_ITS_OWN_PART_HU = re.compile(
    r"(?<![0-9.,])([0-9]+(?:[ .][0-9]{3})*(?: ?ezer\w*)?)(?:-?[aeo]?t)?"
    r"(?: |[^0-9.;!?]{0,40}, az )nekem\W{0,3}(?:(?:havi|kb\.?) )?(?=[0-9])"
)


#: The word saying a figure is the whole, right after it: "a lakás 330 összesen".
_SAID_WHOLE_HU = re.compile(r" (?:osszesen|egyutt|kozosen)\b")


#: A figure as typed in Hungarian, with its thousands: "96", "14 500", "120 ezer".
_A_FIGURE_HU = re.compile(r"(?<![0-9.,])[0-9]+(?:[ .][0-9]{3})*(?: ?ezer\w*)?(?![0-9])")


#: A postcode before a town: "6720 Szeged, albi 140" (no money).
_A_POSTCODE_HU = re.compile(
    r"(?:^|(?<=[,;:(] ))[1-9][0-9]{3} (?=(?:budapest|bp|szeged|debrecen|pecs|gyor|miskolc|"
    r"nyiregyhaza|kecskemet|szekesfehervar|szombathely|szolnok|tatabanya|kaposvar|eger|"
    r"veszprem|zalaegerszeg|sopron|bekescsaba|nagykanizsa|dunaujvaros|erd|cegled|baja|vac|"
    r"godollo|salgotarjan|ozd|hatvan|papa|gyula|esztergom|siofok|keszthely)\b)"
)


#: A postcode said with its town as one's address, any town: "a 2021 Tahitótfalu a címem", "8630
#: Balatonboglár, ott lakom" (no money; the town is told by the words of an address after it).
_A_POSTCODE_OF_AN_ADDRESS_HU = re.compile(
    r"(?<![0-9.,])[1-9][0-9]{3} (?=[a-z]+,? (?:(?:a|az) (?:cimem|cimunk|lakcimem|lakcimunk)|"
    r"(?:ott|itt) (?:lakom|lakunk|elek|elunk))\b)"
)


#: A length, an area or a cable's cross-section: "16 mm2-es kábel", "30 km-re", "2 cm" (no
#: money).
_A_MEASURE_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)? ?(?:mm2|mm|cm2|cm|km)(?:-?[aeo]?s|-?re|-?ra|-?t)?\b"
)


#: A rounded figure said beside the exact one (of four figures or more, not whole thousands):
#: "kiadás: 187 450 Ft, majdnem 190", "kb 300, pontosan 297 350". The exact one is the answer.
_ROUNDED_AFTER_THE_EXACT_HU = re.compile(
    r"(?:(?<=[0-9] [0-9]{3})|(?<=[0-9]{4}))(?<!000)(?: ?(?:ft|forint|huf))?[^0-9a-z]{1,8}"
    r"(?:majdnem|kozel|szinte|kb\.?|nagyjabol|kerekitve|kerekre) [0-9]+(?: ?ezer\w*)?[^0-9a-z]*$"
)
#: One of which each match of :data:`_ROUNDED_AFTER_THE_EXACT_HU` has: its words of a rounded
#: figure ("kerek" of "kerekítve" and "kerekre").
_WORDS_OF_ROUNDED_HU = ("majdnem", "kozel", "szinte", "kb", "nagyjabol", "kerek")


_ROUNDED_BEFORE_THE_EXACT_HU = re.compile(
    r"\b(?:kb\.?|korulbelul|nagyjabol|kerekitve|olyan) [0-9]+(?: ?ezer\w*)?(?: korul)?\W{1,3}"
    r"(?:de |es )?(?:a )?pontos(?:an| szam| osszeg)?(?: pedig| meg)?:? (?=[0-9][0-9 ]*[1-9])"
)


#: A month's spending of four digits said in thousands, a slip of the scale: "kb 2100 ezer",
#: "havi 1600 ezer megy el" (2.1 million is written, 210 ezer most likely meant; not "2 100 ezer").
_A_SCALE_TYPO_HU = re.compile(r"(?<![0-9.,])(?<![0-9] )[1-9][0-9]{3} ?ezer")


#: A rounded figure said before the exact one read off a slip or a statement: "a nettóm kereken
#: 300, a bérpapíron 299 870 áll", "kb 250, a kivonaton 248 615" (the exact one, of six digits
#: not whole thousands, is the answer).
_ROUNDED_BEFORE_THE_SLIPS_HU = re.compile(
    r"\b(?:kb\.?|korulbelul|nagyjabol|kerekitve|kerekre|kereken|olyan) [0-9]+(?: ?ezer\w*)?"
    r"(?: korul| a fizum| a nettom)?\W{1,3}"
    r"(?:de |es )?(?:a |az )?(?:berpapir|fizetesi papir|papir|kivonat|szamlakivonat)\w*"
    r"(?: pedig| meg)?:? (?=[0-9]{1,3} ?(?!000)[0-9]{3}(?![0-9]))"
)


#: The part of a bill that is a debt's payment, said with "abból": "a havidíj 12 990, abból
#: 5 000 a készülék részlete" (the part is the payment).
_A_DEBTS_PART_OF_A_BILL_HU = re.compile(
    r"\b(?:abbol|ebbol) [0-9][0-9 ]*(?: ?ezer\w*)?(?: ?(?:ft|forint))? (?:a |az )?(?:\w+ ){0,2}"
    r"(?:reszlet|torleszto|hitel)(?:e|je|ei|ek|t|et)?\b"  # (not "hitelbiztosítás": insurance)
)


#: The part offered of what is left, said with "ebből": "a számlák után 40 marad, ebből 25-öt
#: tudok adni", "…, abból 30-at" (the part is the offer).
_AN_OFFER_OUT_OF_WHAT_IS_LEFT_HU = re.compile(
    r"\b(?:abbol|ebbol) (?:havonta |havi )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?"
    r"(?: (?:adok|adnek|tudok|tudnek|fizetek|fizetnek)\b|\W*$)"
)


#: The month's spending one gets by on: "havi 180-ból jövök ki", "havi 150-ből élek meg".
_GETTING_BY_ON_HU = re.compile(
    r"\b(?:havi|havonta|egy honapban) ([0-9]+)(?: ?ezer)?-?b[oe]l (?:jovok|jovunk|kijovok|"
    r"kijovunk|elek|elunk|megelek|megelunk)\b"
)


#: Nothing said of what would be, not of what is: "egy nagy családnak ez semmi lenne, de nekem
#: 150" (no zero said).
_NOTHING_IT_WOULD_BE_HU = re.compile(r"\bsemmi (?:lenne|volna)\b")


#: A note after a figure that nothing of a kind is in it: "havi 150, ebben semmi luxus", "a
#: kiadás 180, abban nincs semmi extra" (no item without its figure, no nothing said as a second
#: figure; not "ebben a hónapban semmi", nothing this month).
_NOTHING_OF_A_KIND_IN_IT_HU = re.compile(
    r"\b(?:ebben|abban|benne) (?:(?:sincs|nincs|nincsen) )?semmi(?: (?:luxus|extra|kulon|"
    r"kulonos|felesleges|plusz|nagy\w*|draga\w*|fenyuz\w*)\w*)?\b(?! [0-9])"
)


#: A year's figure worked into the month's: "évente 2 millió 400 ezer, azaz 200 egy hónapra"
#: (the month's is said; the year's is no second figure).
_A_YEAR_WORKED_INTO_A_MONTH_HU = re.compile(
    r"\b(?:egy evben|evente|evi) [0-9]+(?: ?(?:ft|forint))?\W{1,12}(?:azaz|vagyis|tehat|ami)"
    r"(?= [0-9]+(?: ?ezer\w*)? (?:egy honapra|egy honapban|havonta|havi|havonkent))"
)


#: This year's, last year's or a whole year's money, a few words on, then the month's share
#: worked out by the person: "a dióból idén 1,8 millió lett, az havi 150", "tavaly 3 millió jött
#: be, vagyis havi 250", "egész évben 3 misi megy el, összeszámoltam, ez havonta 250" (the
#: year's figure is no answer; the month's is read).
_THIS_YEARS_FIGURE_WORKED_INTO_A_MONTH_HU = re.compile(
    r"\b(?:iden|tavaly|egesz evben) (?:[a-z]+ ){0,2}[0-9]+(?:,[0-9]+)?"
    r"(?: ?(?:millio|misi|ezer)\w*)?(?:,? [a-z]+){0,8},? (?:az|ami|ez|azaz|vagyis|tehat)"
    r"(?= (?:havi|havonta) (?:kb\.? )?[0-9])"
)
_THIS_YEARS_WORDS_HU = ("iden ", "tavaly", "egesz evben ")

#: The price of one thing made or sold, or of a kilo, said of one's trade before the month's
#: money: "a vásáron egy bögre 3500, egy tál 8 ezer", "egy 3 emeletes 60 ezer", "a ponty kilója
#: 2490" (a price, no money of the month; not a period's, "egy hónapban 200", nor a person's or
#: a home's, "egy gyerekre 30", "egy kis lakás 120").
_ONE_THINGS_PRICE_HU = re.compile(
    r"\begy (?!(?:kis|fo|fore|ho)\b|(?:honap|het|nap|ev|perc|gyerek|ember|szemely|felnott|hitel|"
    r"reszlet|csekk|szamla|lakas|alberlet|albi|szoba|haz|kocsi|auto|tartozas|kolcson)\w*\b)"
    r"(?:[0-9]{1,2} )?[a-z]+(?: [a-z]+)? (?:kb\.? )?[0-9]+(?: ?(?:ezer|ft|forint)\b)?|"
    r"\bkiloja (?:kb\.? )?[0-9]+(?: ?(?:ezer|ft|forint)\b)?"
)


#: The price paid for one measure of a trade's work, said before the month's figure: "1 mázsa 3
#: ezer", "tonnára fizetnek 9 ezret", "ládánként 800" (of wood, fruit, hay: a rate, no money of
#: the month; the month's, "ebben a hónapban 150 ezret kaptam", is said after it).
_A_PRICE_PER_MEASURE_HU = re.compile(
    r"\b(?:(?:1|egy) (?:kobmeter|mazsa|tonna|lada|rekesz|puttony|bala)\w* (?:kb\.? )?|"
    r"(?:kobmeter|mazsa|tonna|lada|rekesz|puttony|bala)\w*(?:re|ra|nkent|ert) "
    r"(?:(?:fizetnek|fizet|adnak|kapok|kapunk) )?)"
    r"[0-9]+(?: ?ezr?e?t?\b|-?[aeo]?t\b)?(?: ?(?:ft|forint)\w*)?"
)


#: Work paid by the measure, named so: "köbméterre vagyok", "ládánként" (not a thing bought by it:
#: "a tűzifa 1 köbméter 30 ezer" is a cost, its month not said).
_PAID_BY_THE_MEASURE_HU = re.compile(
    r"\b(?:kobmeter|mazsa|tonna|lada|rekesz|puttony|bala)\w*(?:re|ra|nkent)\b"
)


#: The same, said of the cardholder's work in words, as spending is read: "köbméterre fizetnek",
#: "ládánként kapok", "erdőn vagyok köbméterre" (not "bálánként 2500 a széna a lovamnak": hay
#: bought, a cost whose month is not said).
_PAID_TO_ME_BY_THE_MEASURE_HU = re.compile(
    r"\b(?:kobmeter|mazsa|tonna|lada|rekesz|puttony|bala)\w*(?:re|ra|nkent) "
    r"(?:fizetnek|adnak|kapok|kapunk|dolgozom|dolgozunk)\b|"
    r"\bvagyok (?:kobmeter|mazsa|tonna|lada|rekesz|puttony|bala)\w*(?:re|ra)\b"
)


#: Words one of which :data:`_A_PRICE_PER_MEASURE_HU` needs.
_MEASURES_OF_A_TRADE_HU = ("kobmeter", "mazsa", "tonna", "lada", "rekesz", "puttony", "bala")


#: The month's own money named after the prices of :data:`_ONE_THINGS_PRICE_HU`.
_THE_MONTHS_MONEY_AFTER_HU = re.compile(r"\b(?:havi|havonta|haztartas|kiadas)\w*")


#: One's prices said as a list, named so after: "férfi vágás 4000, női 6500 - ezek az áraim"
#: (prices of one's trade, no money of the month, when the month's is said after).
_ONES_PRICES_NAMED_HU = re.compile(
    r"\b(?:ezek|ez|ilyenek) (?:az? )?(?:araim|arak|arlistam|arlista|tarifaim|tarifak)\b"
)


#: A cost said right after its figure to be a business's, not one's own: "a műhely bérlése 50,
#: az külön business", "a bolt rezsije 40, az a vállalkozásé", "30 ezer, az céges" (the figure
#: before is no spending of one's own, when another figure is said after).
_A_BUSINESS_COST_HU = re.compile(
    r"\baz (?:kulon |mar |a )?(?:business\w*|biznisz\w*|uzlet\w*|vallalkozas\w*|ceg(?:e|es)\b)"
)

#: Words one of which a cost said to be a business's has (see :data:`_A_BUSINESS_COST_HU`).
_WORDS_OF_A_BUSINESS_HU = ("busin", "uzlet", "vallalk", "ceg", "biznisz")


#: An item said not to be counted, right after its figure: "a nagyi ad 10 ezer zsebpénzt, azt
#: nem számolnám", "egyszer jött 120 visszatérítés, azt hagyjuk" (the figure before is no part
#: of the answer, when another figure is said after).
_NOT_TO_BE_COUNTED_HU = re.compile(
    r"\b(?:azt|ezt|az|ez) (?:most |kerem |kerlek |legyszi )?(?:nem szamol(?:nam|om|nank|juk)|"
    r"ne szamol(?:d|juk|ja|jak|jatok)|ne vegy(?:e|ek|etek|uk) bele|"
    # not counted here, of a yearly bill: "a lakásbiztosítás évi 60, azt nem számoltam ide" (not
    # "nem számoltam bele", missing from a total said)
    r"nem szamoltam ide|hagyjuk|hagyd|nem szamit|ne szamitsd|nem szamitanam|nem szamitom|"
    # left out by the cardholder: "a matrica évi 57, azt kihagyom, havi 170"
    r"kihagyom|kihagynam|kihagyjuk|"
    # spread over the months, the month's share said after: "ősszel 60 ezer, azt elosztottam,
    # havi 5"
    r"(?:el|szet|le)osztottam|(?:el|szet|le)osztom|(?:el|le)osztva|"
    # paid by another out of their own money: "a fia kollégiuma 30 ezer, azt ő intézi"
    r"o (?:intezi|fizeti|allja|rendezi))\b"
)


#: Of an income, an extra named after the pay with no figure of its own, said not to be
#: counted: "fizetés 250, a borravalót nem számolom mert sosem ugyanannyi", "nyugdíj 180, meg a
#: prémium decemberben, az most nem számít", "alap 300, a jutalom nélkül, azt ne számold". What
#: is left out is no part of the answer, and its words (how it varies, when it comes) are not the
#: pay's (the present or the wish, not "nem számoltam bele": that one is missing from a sum).
_AN_EXTRA_NOT_COUNTED_HU = re.compile(
    r"(?<=[,;.] )[^0-9]*?\b(?:nem szamol(?:om|nam|juk|nank)|ne szamol(?:d|ja|jak|juk)|"
    r"nem szamit(?:om|anam)?|ne szamitsd)\b[^0-9,;.!?]*"
)


#: A part of this month's pay whose figure is not known yet, beside the base: "alapbér 200, a
#: jutalék a hónap végén derül ki", "fix 250, a prémiumról még nem tudok semmit" (the month's pay
#: is the base and that part; not a raise to come, "januártól emelés, még nem tudni mennyi").
_A_PART_OF_THE_PAY_NOT_KNOWN_YET_HU = re.compile(
    r"\b(?:jutalek|premium|bonusz|tulora)\w*\b[^0-9.;!?]{0,40}?"
    r"\b(?:(?:ki)?derul ki|kiderul|meg nem tud\w*|nem tudom mennyi|nem tudni)\b"
)


#: An aside said to be beside the point, the answer after it: "a zongorát 1,2 millióért vettem,
#: az a másik kérdés, itt: albi 120", "64 hely van, de ez nem ide tartozik, havi 176",
#: "óránként 4000-et kapok, de a kiadás a kérdés: albi 100", "88 billentyű... ja a kiadás: 183".
#: The figures before it are no answer.
_BESIDE_THE_POINT_HU = re.compile(
    r"\b(?:(?:de )?(?:ez|az) (?:mar |meg )?(?:nem ide tartozik|(?:egy |a )?masik kerdes|"
    r"mas kerdes|mellekes)|(?:de|ja|na|szoval) (?:most )?(?:a |az )?(?:sajat )?"
    r"(?:kiadas|koltes|bevetel|"
    r"jovedelem|fizu|fizetes|torleszto|reszlet)\w*(?: (?:a|az) kerdes)?:)"
)


#: A figure to blank before :data:`_BESIDE_THE_POINT_HU`, its decimals and its word of
#: thousands or millions with it ("1,2 millióért").
_A_FIGURE_WITH_ITS_WORD_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[ .][0-9]{3})*(?:,[0-9]+)?(?: ?(?:ezer|millio)\w*)?(?![0-9])"
)


#: A year's or a lump's figure spread over the months, the month's said after: "az idei 3,6
#: milliót elosztottam 12 felé: 300 havonta", "a 2,4 milliót 12 részre osztva 200" (the lump and
#: the count of months are no answer).
_SPREAD_OVER_MONTHS_HU = re.compile(
    r"\b(?:el|szet|le)?oszt(?:ottam|om|va|juk|ottuk)\b,? (?:[0-9]{1,2}|tizenketto) "
    r"(?:fele|reszre|honapra)\b|"
    r"(?<![0-9.,])(?:[0-9]{1,2}|tizenketto) (?:fele|reszre|honapra) (?:el|szet|le)?oszt"
    r"(?:ottam|om|va|juk|ottuk)\b"
)


#: The gross first, then what goes out of it and the net said with "tisztán": "a taxióra havi
#: 900 ezret mutat, de abból benzin, díj, minden, tisztán 340", "ebből megy a rezsi, nekem
#: tisztán marad 210" (the figures before "abból" are no answer).
_NET_AFTER_WHAT_GOES_OUT_HU = re.compile(
    r"\b(?:de )?(?:abbol|ebbol)\b(?=[^.;!?0-9]{0,60}\btisztan(?: nekem)?(?: marad)?,? [0-9])"
)


#: The whole said last, with what another gives in it: "a bérlő 80-at ad, abból fizetem a
#: rezsit, de a teljes kiadásom a bérlő pénzével együtt 230" (the part before is no answer).
_THE_WHOLE_SAID_LAST_HU = re.compile(
    r"\bde (?:a |az )?(?:teljes|osszes|egesz) (?:havi )?(?:kiadas|koltes|bevetel|jovedelem)\w*"
    r"\b(?=[^.;!?0-9]{0,40}[0-9])"
)


#: Figures said to be another's, not one's own, the answer after: "grammja 38 ezer, de az a
#: műhelyé", "alapdíj 1100, de az az utasé", "ő fizet 80-at, de az bevétel ugye", "a menü 1890
#: Ft, de azt a cég fizeti" (the figures before are no answer).
_ANOTHERS_NOT_ONES_OWN_HU = re.compile(
    r"\bde (?:az|azt|ez|ezt) (?:az? )?(?:\w+ )?(?:muhelye|utase|megrendeloe|cege|ugyfele|vevoe|"
    r"vendege|fonoke|munkaltatoe)\b|\bde (?:az|ez) (?:mar )?bevetel\b|"
    r"\bde azt a (?:ceg|munkaltato|fonok|fonokom|onkormanyzat)\w* fizeti\b"
)


#: The question turned to after an aside: "3:1-re kikaptunk, de a kérdésre: 188", "egy szett 9
#: ezer, de a kiadásra válaszolva: 182".
_TO_THE_QUESTION_NOW_HU = re.compile(
    r"\bde a kerdesre\b|\b(?:de )?a (?:kiadas|bevetel|kerdes)\w* valaszolva\b"
)


#: The month's figure said after "de" and the word of the question, with no comma between:
#: "darabja 38 Ft, de a kiadás havonta fixen 192", "két hét szabadság, de a havi kiadás ugyanúgy
#: 190" (a figure further on, after a comma, is not taken for it).
_THE_MONTHS_SAID_AFTER_BUT_HU = re.compile(
    r"\bde (?:a |az )?(?:havi |en |sajat )?(?:kiadas|koltes|bevetel|jovedelem)\w*\b"
    r"(?=[^.;!?,0-9]{0,30}[0-9])"
)


#: The two figures' total or average said last, after them: "jan 180, feb 190, a kettő átlaga
#: 185", "a nyugdíj 120, a bejárás 90, a kettő 210", "alap 250 meg pótlék 30, ez a kettő mindig
#: jön, 280" (the figures before are its parts; not "a kettő között", somewhere between them,
#: nor "a kettő közül", one of them).
_THE_TWOS_WHOLE_SAID_LAST_HU = re.compile(
    r"\b(?:ez |az )?a ketto(?: (?:atlaga|osszege|egyutt|osszesen))?\b(?! koz[uoe])"
    r"(?=[^.;!?0-9]{0,40}[0-9])"
)


#: A bound said first, then the figure within it: "semmiképp nem több 200-nál... na jó, 185
#: körül", "legfeljebb 200, de inkább 180", "sem kevesebb 150-nél, olyan 160" (the bound is
#: no second figure; a bound left alone is still asked again).
_A_BOUND_BEFORE_THE_FIGURE_HU = re.compile(
    r"\b(?:[ns]em (?:tobb|kevesebb)(?: mint)?|legfeljebb|legalabb|maximum|minimum) "
    r"[0-9]+(?: ?ezer\w*)?(?:-?n[ae]l)?(?![0-9])(?=[^0-9]{1,40}[0-9])"
)

#: The words one of :data:`_A_BOUND_BEFORE_THE_FIGURE_HU`'s matches has.
_A_BOUNDS_WORDS_HU = ("em tobb", "em kevesebb", "legfeljebb", "legalabb", "maximum", "minimum")


#: The whole said last "with it", after a part said: "a közös költség 18 400 Ft/hó, ezzel együtt
#: a havi 176", "a lakbér 90, azzal együtt az egész 210" (the part before is no answer).
_THE_WHOLE_WITH_IT_SAID_LAST_HU = re.compile(
    r"\b(?:ezzel|azzal|evvel|avval|vele) (?:egyutt|osszesen)\b,? (?:a |az )?(?:havi |teljes |"
    r"osszes |egesz )?(?:kiadas\w* |koltes\w* |bevetel\w* |osszeg\w* |egesz )?(?:kb\.? |"
    r"osszesen |nagyjabol )?(?=[0-9])"
)


#: A figure typed with its digits apart, then typed again whole: "havi kiadás 1 9 8 (bocs a
#: szóközökért, 198)" (the digits apart are the same figure, not three more).
_DIGITS_APART_TYPED_AGAIN_HU = re.compile(
    r"(?<![0-9.,])([0-9]) ([0-9]) ([0-9])(?![0-9.,])(?=[^0-9]{1,60}(?<![0-9.,])\1\2\3(?![0-9]))"
)


#: The home's month named after the figures of one's trade: "a jegy 700 ft de az a tulajé.
#: nálam a kiadás havi 176", "6 boxos, 400 ft 4 perc ... itthon havi 205", "a komp egy kocsival
#: 2200 ... a mi havi kiadásunk kb 198", "a család havi kiadása 240" (the figures before are no
#: answer).
_THE_HOMES_MONTH_AFTER_THE_TRADES_HU = re.compile(
    r"\b(?:(?:nalam|nalunk|itthon|otthon)(?: a| az)? (?:(?:havi |ho )?(?:kiadas|koltes)\w*|havi|"
    r"ho)|(?:nekem|nekunk|(?:a |az egesz )?csalad\w*|a mi)(?: a| az)? (?:havi |ho )?"
    r"(?:kiadas|koltes)\w*):?(?=[^.;!?0-9]{0,25}[0-9])"
)


#: One's own spending said last, named as one's own beside the trade's figures: "a műhely
#: bérleti díja 60, a magánkiadásom 150", "egy pár csizma 40 ezer, de havi saját kiadásom 190",
#: "liszt 30 ezer egy héten, magamra 120 megy" (the figures before are the trade's, no answer;
#: only when the own figure ends the message, not "magamra 100, a gyerekekre 50").
_ONES_OWN_SPENDING_SAID_LAST_HU = re.compile(
    r"\b(?:(?:havi|havonta|a|az) )?(?:magan ?(?:kiadas|koltes)\w*|sajat (?:havi )?"
    r"(?:kiadas|koltes)\w*|magamra(?: (?:pedig|meg))?)(?: (?:havi|havonta|kb\.?|olyan))? "
    r"(?=[0-9]+(?: ?ezer\w*)?(?: (?:megy(?: el)?|koltok|jut))?\W*$)"
)


_ONES_OWN_WORDS_HU = ("magan", "sajat", "magamra")

#: The month's spending named in a sentence of its own after one of other figures (a trade's
#: prices, a payslip): "a zsákot 8 ezerért veszem, 12-ért adom el. a kiadásom kb 205", "bruttó
#: 400, nettó 266. a lakás meg minden havonta 190" (the figures before are no answer; only
#: when no figure follows it).
_THE_SPENDING_IN_A_SENTENCE_OF_ITS_OWN_LAST_HU = re.compile(
    r"\. (?:(?:a |az )?(?:havi |sajat )?kiadas\w*|(?:a |az )?(?:lakas|haztartas|rezsi) meg "
    r"minden(?: mas)?)(?: (?:ebbol|pedig|meg|havonta|havi|kb\.?|olyan|osszesen|nagyjabol))* "
    r"(?=[0-9]+(?: ?ezer\w*)?[^0-9]*$)"
)


#: A figure of the month before or of last year, in brackets after this month's: "Havi kiadás:
#: 180 000 Ft (előző hó: 195 000 Ft)", "a költés 150 (múlt hónap: 170)", "(tavaly: 160)" (the
#: bracketed one is only set beside it, no item to add).
_THE_PERIOD_BEFORE_IN_BRACKETS_HU = re.compile(
    r"\((?:(?:az? )?(?:elozo|mult|multkori) (?:ho|honap|ev|negyedev)\w*|tavaly\w*)"
    r"\W{0,3}[0-9][0-9 .,]*(?: ?(?:ezer|ft|forint|huf))?\W{0,2}\)"
)


_THE_PERIOD_BEFORE_WORDS_HU = ("elozo", "mult", "tavaly")


#: A payslip's net pay said last after the gross and what is taken off it: "Bruttó: 480 000 |
#: SZJA: 72 000 | járulék: 88 800 | Nettó kifizetés: 319 200" (the figures before are the
#: gross and the deductions, no answer: the net is the income).
_A_PAYSLIPS_NET_SAID_LAST_HU = re.compile(
    r"\bnetto(?: (?:kifizetes|ber|osszeg|jovedelem|fizetes|kifizetett))?\w*:? "
    r"(?=[0-9]+(?: [0-9]{3})*(?: ?(?:ft|forint|huf))?\W*$)"
)


#: A rounded figure, then the exact one "more exactly": "havi 0,4 millió körül, pontosabban
#: 412", "kb 300, helyesebben 296" (the rounded one is no answer, no item to add to it).
_A_ROUNDED_FIGURE_THEN_MORE_EXACTLY_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:,[0-9]+)? ?(?:(?:ezer|millio)\w*)?(?: (?:korul|kb\.?))?\W{1,3}"
    r"(?:vagy |de )?(?:pontosabban|helyesebben)\W{0,2}(?=(?:kb\.? )?[0-9])"
)


#: A figure taken back with "illetve" or a "sorry" and a reason, the right one said after
#: "akkor": "230 ezer.. illetve a kaját anyám veszi, akkor 180", "bocs, a netet lemondtam, akkor
#: 196" (the first is no answer; not a case, "ha …, akkor", nor a figure said after the right one).
_A_FIGURE_TAKEN_BACK_THEN_SO_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?\W{0,4}(?:illetve|bocs\w*|bocsanat|pardon)\b"
    r"(?:(?!\bha\b)[^0-9]){3,60}?\bakkor (?:(?:csak|kb\.?|mar) )?"
    r"(?=[0-9]+(?: ?ezer\w*)?[^0-9]*$)"
)


#: An aside, then the month's money: "150 amper, ezt úgyse érti senki 😄 a kiadás: albi 105",
#: "a napijegy 5900, de nekem ingyen van", "de az a családé", "de az az övé", "de az nem pénz
#: ugye", "de az le van zárva", "de normál hónapban 205", "a kiadás viszont egész évben
#: ugyanaz, havi 158", "de azt ne számolják", "de fixen kapok 290-et" (the figures before are no
#: answer, when a figure is said after).
_AN_ASIDE_THEN_THE_MONTHS_HU = re.compile(
    r"(?:[.!?]|[^\x00-\x7f]) ?(?:a |az )?(?:havi )?(?:kiadas|koltes|bevetel|jovedelem)\w*:|"
    r"\b(?:a |az )?(?:havi )?(?:kiadas|koltes|bevetel|jovedelem)\w* (?:viszont|azonban)\b|"
    r"\bde (?:egy )?(?:normal|atlagos|szokasos|rendes)\w* (?:honap\w*|havi)|"
    r"\bde (?:az|ez) (?:mar )?(?:le van zarva|lezarult|lezarva|ki van fizetve|letudva)\b|"
    r"\bde (?:az|ez) nem (?:penz|fizetes|bevetel|jovedelem)\b|"
    r"\bde (?:az|ez) (?:az? )?(?:\w+ )?(?:tulaje|csalade|ove|oveke|uzlet|vallalkozase)\b|"
    r"\bde nekem ingyen(?:es)?\b|\b(?:azt|ezt) ne szamol(?:jak|ja|jatok)\b|"
    r"\bde fix(?:en)? (?:kapok|jar|van)\b"
)
#: One of which each match of :data:`_AN_ASIDE_THEN_THE_MONTHS_HU` has: the money's name of the
#: first two ways, the "de " of those after, but "ne szamol" ("azt ne számolják").
_WORDS_OF_AN_ASIDE_THEN_THE_MONTHS_HU = (
    "kiadas",
    "koltes",
    "bevetel",
    "jovedelem",
    "de ",
    "ne szamol",
)


#: A debt said to be another's, one's own said after: "a lízing 95, az a cégé, nekem a
#: személyi hitelem 31" (the figures before are no answer).
_ANOTHERS_DEBT_BEFORE_ONES_OWN_HU = re.compile(
    r"\b(?:de )?(?:az|ez) (?:az? )?(?:cege|vallalkozase|ferjeme|felesegeme|parome|ove)\b"
)


#: A figure corrected right after it: "a lakbér 130, vagyis most már 142", "180, illetve most
#: már 195" (the first is no answer, nor its words of now; "illetve" alone may be "and", and
#: "vagyis" alone the whole of the items, "kaja 75, vagyis 250", so each needs "már").
_A_FIGURE_CORRECTED_RIGHT_AFTER_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:,[0-9]+)?(?: ?ezer\w*)?,? (?:(?:helyesebben|pontosabban)"
    r"(?: most mar| mar| inkabb)?|(?:illetve|vagyis) (?:most mar|mar|inkabb))"
    r"(?= (?:kb\.? )?[0-9])"
)


#: A year's item, then its month's share said right after: "szemétdíj évi 36, az havi 3",
#: "biztosítás évente 60, ami havonta 5" (the year's figure and the words are no answer: the
#: month's figure is left as an item of the list).
_A_YEARS_ITEM_THEN_ITS_MONTHS_HU = re.compile(
    r"\b(?:evi|evente|egy evben) [0-9]+(?: ?(?:ezer\w*|ft|forint))?,? (?:az|ami|ez|azaz|vagyis) "
    r"(?:havi|havonta)(?= [0-9])"
)


#: An item said for another period, then its month's share said right after: "hetente 15 a
#: kaja, az havonta 60", "a szemét kéthavonta 8, az havi 4" (the other period's figure and the
#: words are no answer: the month's figure is left as an item of the list).
_ANOTHER_PERIODS_ITEM_THEN_ITS_MONTHS_HU = re.compile(
    r"\b(?:hetente|heti|kethetente|ketheti|kethavonta|negyedevente|felevente) (?:kb\.? )?"
    r"[0-9]+(?: ?(?:ezer\w*|ft|forint))?(?: (?:a|az) [a-z]+)?,? (?:az|ami|ez|azaz|vagyis) "
    r"(?:havi|havonta)(?= (?:kb\.? )?[0-9])"
)


#: A bill named by its other period, a few words on its figure, then the month's share the
#: cardholder makes of it: "a biztosítás negyedéves, 30 ezer, havi 10-nek veszem", "a csatornát
#: kéthavonta vonják le, 8 ezer, az havi 4" (the period's figure is no answer: the month's share
#: is left as an item of the list; not "negyedévente 30, havi 200 a többi", whose words say no
#: share, nor one left to divide, "évente 60, havi 200").
_A_BILLS_PERIOD_FIGURE_THEN_THE_MONTHS_SHARE_HU = re.compile(
    r"\b(?:eves|evente|negyedeves|negyedevente|kethavonta|kethavi|felevente|feleves)\b"
    r"(?: [a-z]+){0,3},? [0-9]+(?: [0-9]{3})?(?: ?(?:ezer\w*|ft|forint))?,? "
    r"(?:(?:az|ami|ez|azaz|vagyis) (?:havi|havonta)(?= (?:kb\.? )?[0-9])|"
    r"(?=havi [0-9]+(?:,[0-9]+)?(?:-?[aeo]?nak|-?[aeo]?nek) "
    r"(?:veszem|szamolom|vettem|szamoltam)\b))"
)


#: A figure said last to be another's, right after it, one's own said before: "a fizetésem 300,
#: az exem küld 50-et, az a gyerekeké", "..., meg 20 jön anyámtól, de az az övé" (that figure
#: is no part of the answer).
_ANOTHERS_FIGURE_SAID_LAST_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?(?=,? (?:de )?(?:az|ez) (?:az? )?"
    r"(?:gyerekeke|gyereke|ove|oveke|ferjeme|felesegeme|parome|anyame)\W*$)"
)


#: The partner's figure named with the possessive and said last not to be one's own, one's own
#: said before it: "210 körül, a férjemé 300, de az nem az enyém" (the partner's figure and the
#: words are no answer; one's own is read).
_A_PARTNERS_FIGURE_SAID_NOT_ONES_OWN_HU = re.compile(
    r"\b(?:a |az )?(?:parome|ferjeme|felesegeme|elettarsame|parjae|tarsame) (?:kb\.? )?"
    r"[0-9]+(?: ?ezer\w*)?,? (?:de )?(?:az|ez) (?:viszont )?nem az enyem\W*$"
)

#: The months of a term said right before its month's payment: "a tévét 10 havi 15 ezerre
#: vettük", "24 havi 9 990" (the count of months is no money; the payment is read).
_A_TERMS_MONTHS_BEFORE_ITS_PAYMENT_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}(?= havi (?:kb\.? )?[0-9])"
)


#: A plan shown named by its ordinal: "a 4. opció 30 ezer volna, az sok, 20-at" (its number is
#: no money).
_A_PLAN_BY_ITS_ORDINAL_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}\. (?:opcio|lehetoseg|valtozat|csomag|terv)\w*"
)


#: Things bought on credit counted out of all one has: "a 20 gépből 8-at hitelre vettem, havi
#: 40", "a 6 traktorból 2-t részletre" (counts of things, no money; the payment said beside).
_THINGS_ON_CREDIT_COUNTED_HU = re.compile(
    r"\ba [0-9]{1,4} [a-z]+b[oe]l [0-9]{1,4}-?[aeo]?t (?:hitelre|reszletre|lizingre|reszletben)\b"
)


#: A count of weeks, months or years said as an ordinal: "most a 2. hónapja dolgozom", "a 3.
#: évem itt" (no money; the figure said beside it is the answer).
_AN_ORDINAL_OF_TIME_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}\. (?:honap|het|ev|nap)(?:ja|e|jat|et|ben|ban|em|om)\b"
)


#: A figure said to be the trade's or the shop's, not the home's, the home's figures after: "a
#: kiszállás 15 ezer + anyag, az a munka. az otthoni kiadás 222", "egy torta 24 ezer, de az a
#: bolté. otthon albi 115" (the figures before are no answer).
_THE_TRADES_FIGURE_SET_ASIDE_HU = re.compile(
    r"\b(?:de )?(?:az|ez) (?:az? )?(?:munka|munkae|bolte|uzlete|mutrue|boltra|munkara)(?=[.;!])"
)


#: The home's month said alone in the last sentence, the trade's figures in those before: "napi 40
#: hektár, 12 tonna búza egy fordulóban. havi kiadás ~176", "egy arckezelés 12 ezer nálam. a
#: kiadásaim 174 ezer/hó", "300 tehén, 28 litert ad naponta. nekünk 147 ezer megy el havonta"
#: (the figures before are no answer; not a sentence of an item, "kaja havonta 60 megy el", nor
#: one said to add, "plusz havonta 30 megy el").
_THE_MONTHS_ALONE_IN_THE_LAST_SENTENCE_HU = re.compile(
    r"(?:[.!?]+|[^\x00-\x7f]) (?!(?:plusz|meg|es|de|mellette|ehhez|ezen felul|tovabba|ebbol|"
    r"abbol)\b)"
    r"(?=[^.!?]*\b(?:kiadas\w*|koltes\w*|koltunk|koltok|megy el|megel\w*|elmegy|elunk)\b)"
    # the month named, or no other period said in it: "... 212 üveg volt. a kiadás nálunk 171"
    r"(?=[^.!?]*(?:\bhavi\b|\bhavonta\b|\begy honapban\b|/ho\b)|"
    r"(?![^.!?]*\b(?:heti|hetente|napi|naponta|evi|evente|egy evben|egy heten|egy nap)\b))"
    r"(?=(?:(?:a|az|havi|havonta|egy|honapban|kiadas\w*|koltes\w*|nekunk|nekem|mi|megy|el|"
    r"olyan|kb\.?|mint|mindig|osszesen|megel\w*|elunk|na|mindegy|nalunk|itthon|otthon|korul|"
    r"elmegy|sajat|en|most|teljes|pontosan)"
    r"[ ,:]+)+~?[0-9]+(?: [0-9]{3})?[^.!?0-9]*[.!?]*\s*$)"
)


#: The home's items listed in the last sentence, the trade's figures in those before: "600
#: tojás egy nap, 40 ezer egy mázsa táp. a háztartás: rezsi 40, kaja 100", "16-os csövet
#: rakok le. havonta albi 120, rezsi 28" (the figures before are no answer; a list, at least two
#: items, each its name and its figure).
_THE_HOMES_LIST_IN_THE_LAST_SENTENCE_HU = re.compile(
    r"(?:[.!?]+|[^\x00-\x7f]) (?:(?:a |az )?(?:sajat |en |havi |otthoni )?(?:haztartas|kiadas|"
    r"koltes)\w*"
    r"(?: (?:nalunk|nalam|havonta|havi))?|havonta|havi)\W{0,2} ?"
    r"(?=[a-z]+ (?:kb\.? )?[0-9]+[^.!?]*,[^.!?]*$)"
)


#: The home's list said last after a short label and a colon, the trade's figures before it:
#: "napi 60 raklap, 2 tonnás targonca. most tél van, itthon: albi 90, kaja 55", "300 birkát
#: nyírunk egy nap, de a saját költésem: rezsi 30 kaja 50" (the figures before are no answer;
#: the list has at least two items, each its name and its figure, and no sentence after it; not
#: a list said to add to the one before: "albi 100, kaja 60. plusz: rezsi 20, net 5").
_THE_HOMES_LIST_AFTER_A_LABEL_HU = re.compile(
    r"(?:[.!?]+|, de) (?!(?:plusz|meg|es|mellette|ehhez|ezen felul|tovabba|ezen kivul)\b)"
    r"[a-z][a-z ,]{0,40}: "
    r"(?=[a-z]+ (?:kb\.? )?[0-9][^.!?:]*?\b[a-z]+ (?:kb\.? )?[0-9][^.!?:]*$)"
)


#: What is left of a figure said with "-ból ... marad", and the month's average or the figure
#: settled on said last: "a számlázott 800-ból nekem marad kb 330", "nyáron 400, télen 120, de
#: havi átlagban 260", "... nyáron semmi. átlagban havi 90", "egész évre elosztva havi 450-nel
#: számolok", "maradjunk a 300-nál", "mondjuk 175, azzal számoljunk" (the figures before are no
#: answer).
_WHAT_IS_LEFT_OR_THE_AVERAGE_SAID_LAST_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?-?b[oe]l (?:nekem |nekunk )?(?:meg)?(?:marad|jut) "
    r"(?:kb\.? |nagyjabol |tisztan |olyan )?(?=[0-9])|"
    r"\bde (?:havi )?atlag(?:ban|osan)\b(?=[^.;!?0-9]{0,20}[0-9])|"
    # the own average worked out: "változó, de ha átlagolom a tavalyi évet, havi 150"
    r"\bde ha (?:(?:ki)?atlagolom|vegigszamolom|osszeszamolom)\b(?=[^.;!?0-9]{0,70}[0-9])|"
    # the months' figures, then their average said last: "október 248, november 231, december
    # 262, átlagban úgy 247"
    r"\b(?:januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|"
    r"november|december)\w* [0-9][^.;!?]*?, (?:tehat |szoval |igy )?(?:havi )?atlag(?:ban|osan)\b"
    r"(?=[^.;!?0-9]{0,20}[0-9]+(?: ?ezer\w*)?[^0-9]*$)|"
    # the average opening the last sentence: "... a többi hónapban semmi. átlagban én 90-et"
    r"[.!?] (?:havi )?atlag(?:ban|osan)\b(?=[^.;!?0-9]{0,20}[0-9][^.;!?]*$)|"
    r"\begesz evre (?:elosztva|vetitve|szamolva)\b(?=[^.;!?0-9]{0,20}[0-9])|"
    r"\bmaradjunk (?:a |az |annyiban, hogy )?(?=[0-9])|"
    # a figure settled on and said to be the one to count with: "170-180 között, mondjuk 175,
    # azzal számoljunk"
    r"\bmondjuk (?=(?:kb\.? )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?,? (?:azzal|avval|ezzel|evvel) "
    r"szamol(?:junk|jatok|jon|janak|ok)\b[^0-9]*$)"
)


_LEFT_OR_AVERAGE_WORDS_HU = (
    "bol ",
    "bel ",
    "atlag",
    "elosztva",
    "vetitve",
    "maradjunk",
    "mondjuk",
    "szamolom",
)


#: At expenses, the pay said first, then the part of it that goes on the month: "a fizetésem
#: 250, ebből a kiadás 210", "kapok 300-at, abból 260 el is megy" (the pay is another question's
#: figure; not at income, where that pay is the answer).
_THE_SPENT_PART_OF_THE_PAY_SAID_LAST_HU = re.compile(
    r"\b(?:ebbol|abbol) (?:a (?:havi )?kiadas(?:om|unk)? (?:kb\.? )?(?=[0-9])|"
    r"(?=(?:kb\.? )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:el is megy|elmegy|megy el|el megy|"
    r"kimegy|megy ki)\b))"
)


#: A figure taken back after dots with "nem" or a "sorry", the right one after: "18... nem, 16
#: ezret inkább", "210 ... bocs 201, elnéztem", "150 000.. nem, 155 000" (the first is no answer;
#: not "200... nem, 100... nem tudom", both taken back).
_A_FIGURE_TAKEN_BACK_AFTER_DOTS_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)? ?(?:\.{2,}|…) ?"
    r"(?:nem|bocs\w*|bocsanat|javitom),? (?:nem,? )?"
    r"(?=(?:inkabb |hanem )?[0-9]+(?: [0-9]{3})?[^.…0-9]*$)"
)


#: The month's figure said last by the one who keeps the money, the take-home pay said last, or
#: the whole with the extras said last: "40 tonnás kamion. az asszony intézi a pénzt, azt mondja
#: havi 264", "a cég levonja a szállást 65 ezer, kezembe kapok 298", "289 az alap nettó, a
#: pótlékokkal együtt 327" (the figures before are no answer).
_THE_MONTHS_SAID_LAST_BY_ANOTHER_OR_IN_HAND_HU = re.compile(
    r"\b(?:azt mondja|o azt mondja|szerinte)(?: (?:kb\.?|olyan|nagyjabol))? (?:havi|havonta) "
    r"(?=[0-9]+(?: ?ezer\w*)?\W*$)|"
    r"\b(?:a )?(?:kezembe|kezhez) (?:kapok|jon|kapom|marad) (?:kb\.? |tisztan )?(?=[0-9])|"
    r"\ba (?:potlek|borravalo|bonusz|premium|tulora|juttatas|extra)\w*(?:kal|kel|val|vel) "
    r"(?:egyutt|osszesen) (?=(?:kb\.? |olyan )?[0-9])"
)


_SAID_LAST_BY_ANOTHER_OR_IN_HAND_WORDS_HU = ("mondja", "szerinte", "kez", "egyutt", "osszesen")


#: The whole list said after a colon, a share said before it: "2 gyerek ovi 9 ezer/fő, a teljes:
#: albi 140 rezsi 38", "összesen: ..." (the figures before are no answer).
_THE_WHOLE_LISTED_AFTER_A_COLON_HU = re.compile(
    r"\b(?:a |az )?(?:teljes|osszes|egesz|osszesen)(?: lista| kiadas\w*| havi)?:"
)


#: An offer, then the whole it pays off over some months as its reason: "20-at, mert 24 hónap
#: alatt akarom lezárni a 480-at" (the whole, the offer times the months, is no second offer).
_AN_OFFER_THEN_THE_WHOLE_IT_CLEARS_HU = re.compile(
    r"^\W*(?:kb\.? )?([0-9]+)(?: ?ez(?:er|r)\w*|-?[aeo]?t)?\b[^0-9]{0,20}\b([0-9]{1,2}) "
    r"(?:honap|het|reszlet)\w* alatt\b[^0-9]{0,40}(?<![0-9.,])([0-9]+)(?: ?ez(?:er|r)\w*|"
    r"-?[aeo]?t)?\W*$"
)


#: What is left after costs said with "után": "a bevétel 1,2 millió, víz, áram után nekem kb
#: 350 marad" (the takings before are no answer).
_WHAT_IS_LEFT_AFTER_COSTS_HU = re.compile(
    r"\butan (?:nekem |nekunk )?(?:kb\.? |nagyjabol |tisztan )?(?=[0-9]+(?:,[0-9]+)?"
    r"(?: ?ezer\w*)? (?:marad|megmarad)\b)"
)


#: What is left to oneself said last, after the pay and what goes from it: "havi 600 jön, abból
#: a járulékot fizetem, ami marad az 480", "..., a cég visz 30%-ot, nekem marad 210" (the
#: figures before are no answer).
_WHAT_IS_LEFT_SAID_LAST_HU = re.compile(
    r"\b(?:ami (?:nekem )?(?:marad|megmarad),? (?:az )?|nekem (?:meg )?(?:marad|megmarad) )"
    r"(?=(?:kb\.? )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?\W*$)"
)


#: At income, what is left after the costs, said after the takings or a piece's price: "darabra
#: fizetnek, 9 ezer egy ajtó, a költségek után 240 maradt", "napi 50-70 a bevétel, de hónap
#: végén átlagban marad 200" (the figures before are what it is worked from).
_LEFT_AFTER_THE_COSTS_HU = re.compile(
    r"\b(?:(?:a )?(?:kiadas|koltseg|levonas)\w* utan (?:kb\.? |olyan |tisztan )?"
    r"(?=[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:marad|megmarad)\w*)|"
    r"(?:a )?honap vegen (?:\w+ )?(?:meg)?marad (?:kb\.? |olyan )?(?=[0-9]))"
)


#: A month named by its ordinal and "hó", as a bank's statement prints it: "BÉR 11.HÓ 303.215,00"
#: (the month's number is no money).
_A_MONTH_BY_ITS_ORDINAL_HU = re.compile(r"(?<![0-9.,])(?:1[0-2]|0?[1-9])\. ?ho\b")


#: An item of a list said to be cancelled in brackets right after it: "netflix 4 (lemondtam, nem
#: kell)", "tesi 8 (már megszűnt)" (its figure is no part of the month's).
_AN_ITEM_CANCELLED_IN_BRACKETS_HU = re.compile(
    r"\b[a-z]+ [0-9]+(?: ?ezer\w*)? \((?:mar |azt |ezt )?(?:lemondtam|lemondtuk|felmondtam|"
    r"megszunt|megszuntettem|nincs mar|mar nincs)\b[^)]*\)"
)


#: An item of a list said right after to be cancelled or given up, up to the next item: "hbo 3990
#: - ezt lemondtam tavaly, szóval az nem, kaja 60", "sör 15 de azt már abbahagytam, rezsi 30"
#: (its figure is no part of the month's; the items after it are), or ending the message.
_AN_ITEM_GIVEN_UP_HU = re.compile(
    r"\b[a-z]+ [0-9]+(?: ?ezer\w*)?[^0-9a-z]{1,4}(?:de )?(?:ezt|azt) (?:most |mar |is |meg )?"
    r"(?:lemondtam|lemondtuk|felmondtam|megszuntettem|abbahagytam|letettem|tettem le)\b"
    r"(?! volna)[^0-9]*?(?=, ?[a-z]+ [0-9]|\W*$)"  # (not "lemondtam volna", would have)
)


#: An item of a list named again at the end, said to be cancelled or given up: "albi 100, hbo 4,
#: kaja 60, de az hbo-t múlt héten lemondtam" (the name said with its "-t", whose stem names the
#: item in the list; see :func:`_without_an_item_named_as_given_up_hu`).
_AN_ITEM_NAMED_AS_GIVEN_UP_HU = re.compile(
    r"\bde (?:a |az )?([a-z]{3,}?)-?(?:et|at|ot|ott|t) (?:[a-z]+ ){0,2}(?:mar |most )?"
    r"(?:lemondtam|lemondtuk|felmondtam|megszuntettem|abbahagytam)\b(?! volna)[^0-9]*$"
)


#: An offer said for another time, then what can be given now: "a szezonban 40-et tudnék, most
#: viszont csak 10-et" (the other time's figure is no offer).
_NOW_ONLY_AFTER_ANOTHER_TIMES_OFFER_HU = re.compile(
    r"\bmost (?:viszont|azonban|pedig|meg) (?:csak |max |maximum )?(?=[0-9])"
)


#: A year's sum said, then "but" and the figure taken or counted each month: "a támogatás
#: évente egyszer jön, 2,8 millió, de havonta 250-et veszek ki", "évi 5 millió a bevétel, de
#: havi 210-zel számolok" (the month's is the answer, the year's sum none).
_A_YEARS_SUM_BUT_THE_MONTHS_HU = re.compile(
    r"\b(?:evi|evente|egesz evre|egy evben|millio)\b[^.;!?]{0,80}? de\b"
    r"(?=[^.;!?0-9]{0,60}\b(?:havi|havonta)\b[^.;!?0-9]{0,30}[0-9])"
)


#: Another season's figure, then "most" and the figure of now: "a szezonban havi 400 volt, most
#: télen a boltban vagyok 250-ért", "nyáron napi 20 ezer, most a boltban vagyok havi 210-ért"
#: (the other season's figure is no answer, the one said after "most" is).
_ANOTHER_SEASONS_THEN_NOW_HU = re.compile(
    r"\b(?:nyaron|telen|tavasszal|osszel|szezonban|foszezonban)\b[^.;!?]{0,60}?[0-9]"
    r"[^.;!?0-9]{0,40}?\bmost\b(?=[^.;!?0-9]{0,60}[0-9])"
    # not with yet another season's said after: "nyáron 200, most 150, de télen több lesz"
    r"(?![^.;!?]*[0-9][^.;!?]*\b(?:de|viszont|pedig) (?:telen|nyaron|tavasszal|osszel)\b)"
)


#: A debt let off by the one it was owed to: "a bátyámnak tartoztam 100 ezerrel, de elengedte".
#: A sum borrowed from someone, said in its own clause with the lending word and a verb of
#: getting or giving ("a bátyámtól kértem 80-at kölcsön", "a főnök adott 100 ezer előleget"): what
#: is owed each month is what goes back, said after it ("havi 15-öt adok vissza"), or nothing
#: when no paying back is asked; see :func:`_without_a_sum_borrowed_hu`.
_A_SUM_BORROWED_HU = re.compile(
    r"[^,.;!?]*\b(?:kertem|kertunk|adott|adtak|kaptam|kolcsonzott|vettem fel)\b[^,.;!?]*"
)


#: The figure said last, marked by the writer as the one to take, after figures weighed or
#: corrected: "a bank 250-et mutat, de abban a kaució is benne van, a rendes 210, ezt vegyük",
#: "a párom 40-et mondana, de 35 a reális", "az első 120 rossz volt, 112 a helyes" (the figures
#: before are no answer; nothing but the words may follow the figure).
_THE_LAST_FIGURE_MARKED_AS_THE_ONE_HU = re.compile(
    r"(?<![0-9.,])(?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?(?:-?[a-z]{1,3})?,? "
    r"(?:(?:ezt|azt) (?:vegyuk|vegyek|irja|irjak|irjuk|higgyek el|fogadjak el|szamoljuk)|"
    r"(?:a|az) (?:helyes|realis|igazi|valos)\b)\W*$)"
)


#: The figure said last, marked as the one to take by the words around it: a verb of writing
#: or counting before it ("…, úgyhogy írja a 180-at", "számoljunk 205-tel", "vegyük a 190-et"),
#: or "az a kiadás" / "biztos" after it ("havonta 210 megy el, az a kiadás", "kb 300,
#: lehet 305, a 300 biztos"): the figures before were weighed, not summed (nothing but the words
#: may follow the figure).
_THE_LAST_FIGURE_MARKED_BY_ITS_WORDS_HU = re.compile(
    r"\b(?:irja|irjuk|irjak|irjon|vegyuk|vegye|szamoljunk|szamoljon|szamoljuk)(?: be| csak)?"
    r"(?: a| az)? (?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?(?:-?[a-z]{1,5})?\W*$)|"
    # (said of a month's figure, not of a list's last item: "…, rezsi 30, ez a kiadás")
    r"\b(?:havonta|havi|elmegy|el|kb\.?|olyan) (?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?"
    r"(?:-?[a-z]{1,3})?(?: megy el| elmegy| jon be| jon)?,? (?:az|ez) (?:a |az )?"
    r"(?:kiadas|bevetel)\w*\W*$)|"
    # (a figure said before named again: "a 290 biztos")
    r"\baz? (?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)? biztos\W*$)"
)


_MARKED_BY_ITS_WORDS_HU = ("irj", "vegy", "szamolj", "kiadas", "bevetel", "biztos")


_MARKED_AS_THE_ONE_WORDS_HU = ("vegy", "irj", "higgy", "fogadj", "szamoljuk", "helyes", "realis",
                               "igazi", "valos")  # fmt: skip


#: The figure worked out by the writer and said last, one figure only after the working: an
#: average ("kiátlagoltam, 172 jön ki", "átlagolva 260") or a whole divided ("elosztottam
#: 12-vel, havi 240"): the figures it is worked from are no answer.
_A_FIGURE_WORKED_OUT_SAID_LAST_HU = re.compile(
    r"(?:\bkiatlagol\w*|\batlagolva\b|\belosztottam [0-9]+-?[vk]el\b)"
    r"(?=[^.;!?0-9=]{0,30}[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?[^0-9]*$)"
)


_WORKED_OUT_WORDS_HU = ("atlagol", "elosztottam")


_LENDING_WORD_HU = re.compile(r"\bkolcson\b|eloleg|[a-z]tol (?:kert|kap)")


_A_PAYMENTS_OWN_WORD_HU = re.compile(r"\bhavi\b|\bhavonta\b|reszlet|torleszt")


_PAID_BACK_AFTER_HU = re.compile(
    r"\b(?:havi|havonta) [0-9]|\bnem kell (?:meg )?(?:visszaadni|visszafizetni|megadni)\b"
)


#: The offer settled on, said last after "legyen": "a párom 10-et mondana, én 20-at, legyen 15",
#: "az sok, legyen 12", "ő 30-at mondott, én 35-öt, legyen a 35" (the figures before it are
#: what was weighed; one figure only after it; not "hogy ne legyen 10 000", what it is not).
_SETTLED_ON_LAST_HU = re.compile(
    r"(?<!\bne )\blegyen (?:akkor |inkabb |hat |mondjuk )?"
    r"(?=(?:a |az )?[0-9]+(?:[ .,][0-9]+)*[^0-9]*$)"
)


#: Where a figure said last follows as the result of the ones before: after a comma, "az" or
#: "=" ("…, vegyünk le 15-öt, 35", "a 200-nak a 10%-a, az 20 000"); see
#: :func:`_without_what_the_offer_is_worked_from_hu`.
_A_RESULT_SAID_HU = re.compile(r"(?:,|\baz|=) ?$")


#: A figure of a term, not of money: "12 hónapra", "24 részlet", "3x" (its product with the
#: payment is the whole, not the month's).
_A_TERMS_FIGURE_AFTER_HU = re.compile(r"\W{0,2}(?:x\b|ho|reszlet|het|ev\b|evre|nap)")


#: Words of taking one figure off another ("vegyünk le", "levonva", "mínusz") and of one figure
#: for each of a count ("mindegyikből", "alkalmanként", "fejenként"): the worked out is said.
_TAKEN_OFF_HU = re.compile(
    r"\b(?:le)?(?:veszunk|vegyunk|veszek|vonva|vonom|vonunk|vonjunk)(?: le)?\b|\bkivon|minusz"
)


_FOR_EACH_HU = re.compile(r"\bmindegyik|[eo]nkent\b")


#: The forints a sum in another currency came to, said after it: "a bank 180 ezerként írta
#: jóvá", "forintban kb 300 ezer" (what the account sees; the foreign figure before it is no
#: second amount; see :func:`_without_the_foreign_sum_before_its_forints_hu`). The forints may
#: be named: "a bank 150 ezer forintként írja jóvá", "410 ezer forintot ír jóvá havonta".
_THE_FORINTS_IT_CAME_TO_HU = re.compile(
    r"(?<![0-9.,])(?=[0-9]+(?:[ .][0-9]{3})*(?: ?ezer)?(?:-?kent| ?(?:forint|ft)(?:kent|ot)?) "
    r"(?:\w+ )?(?:ir|jovair|utal|kap|jon))|"
    r"\b(?:forintban|ft-ban|huf-ban) (?:(?:kb\.?|korulbelul|nagyjabol|ugy|olyan|az|ez) ){0,2}"
    r"(?=[0-9])|"
    # the cardholder's own sum of it, said with "ami": "2100 euró, ami kb 820 ezer forint"; or
    # as a German writer links it: "900 Euro, das ist etwa 350 ezer forint"
    r"\b(?:ami|das (?:ist|sind)) (?:(?:kb\.?|korulbelul|nagyjabol|olyan|etwa|ungefahr|ca\.?) )?"
    r"(?=[0-9]+(?:[ .][0-9]{3})*(?: ?ezer)? ?(?:forint|ft|huf)\b)"
)


#: A whole shared with a partner, one figure, and the own part said only as more or less than
#: theirs: "a férjemmel együtt 300, de én kevesebbet adok bele", "a párommal ketten 250, én
#: fizetem a nagyobb részét" (the own part is no figure said; asked again).
_A_SHARED_WHOLE_WITH_AN_UNSAID_SHARE_HU = re.compile(
    r"\b(?:parommal|ferjemmel|felesegemmel|elettarsammal|baratommal|baratnommel)\b[^0-9]*"
    r"[0-9]+(?: ?ezer\w*)?[^0-9]*\b(?:kevesebbet|tobbet|(?:a )?(?:nagyobb|kisebb|nagyobbik|"
    r"kisebbik) (?:reszet|felet))\b[^0-9]*$"
)


#: Two figures each said of a case, none said to be the month's: "ha dolgozom 200, ha nem 150",
#: "egyszer 150 egyszer 220", "hol 100 hol 180" (which one holds is no figure said; asked
#: again).
_FIGURES_OF_CASES_HU = re.compile(
    r"\b(?P<case>ha|egyszer|hol)\b[^0-9.!?]{0,40}?[0-9]+(?: ?ezer\w*)?[^0-9.!?]{0,6}"
    r"\b(?P=case)\b[^0-9.!?]{0,40}?[0-9]"
)


#: A case that only hedges the figure or asks the bank, no condition on the month: "ha jól
#: számolom", "ha minden igaz", "ha nem jön közbe semmi", "ha muszáj", "ha belefér"; or one
#: whose own outcome is said in it: "ha a túlóra marad akkor is csak ennyi" (even so), "ha jobb
#: lesz majd többet" (more later, this figure now); or one about the deal asked for ("ha az
#: egész tartozásra vonatkozik").
_A_CASE_OF_NO_CONDITION_HU = re.compile(
    r"^(?:jol|jo |minden (?:igaz|jol|rendben)|nem (?:jon|tevedek|jon kozbe)|muszaj|kell|nagyon "
    r"kell|lehet|lehetseges|belefer|elfogad|megfelel|ok|oke|rendben|kerekit|(?:ki)?atlagol|"
    r"osszead|szabad|nincs (?:semmi |valami )?(?:extra|rendkivuli|kulon))|"
    r"\b(?:akkor is|tobb\w*|kevesebb\w*|majd)\b|"
    # a case about the deal itself, at the offer: "havi 20 ezer, ha az egész tartozásra vonatkozik"
    r"\b(?:tartozas\w*|adossag\w*|kamat\w*|vonatkoz\w*|elfogad\w*|lezar\w*|bank\w*|"
    r"megallapodas\w*|kartya\w*|belefer\w*|megfelel\w*)\b"
)

#: A case that is only a way of counting the figure: "ha mindent összeszámolok", "ha
#: bankjegyben nézem", "ha nem számolom a hangfal részletét", "olyan 260 ha a gyógyszereket is
#: beleszámolom" (the figure as the cardholder counts it, no condition on it; two figures
#: for two ways, "170 vagy inkább 190, ha …", are two cases).
_A_WAY_OF_COUNTING_HU = re.compile(
    r"\b(?:\w*(?:nezem|nezve|nezzuk|szamol\w*|szamit\w*)|(?:ide ?|bele|hozza)veszem|mindent)\b"
)

#: The message's only figure (or a figure or a second one) said on a condition still to come or
#: not known to hold, the condition before it ("ha meghosszabbítják a szerződésem akkor 250
#: ezer", "ha megkapom a munkát, havi 20 menne", "ha a nagyi gyógyszerét is én fizetem, akkor
#: 130 körül") or after it ("diákhitel 14 ezer, ha szeptembertől újra indul a törlesztés", "170
#: vagy inkább 190, ha a gyógyszert is ide veszem"). See :func:`_the_one_figure_on_a_condition_hu`.
_THE_ONE_FIGURE_AFTER_A_CONDITION_HU = re.compile(
    r"^(?!mi (?:lenne|volna|van|szol)|es )(?:[^\W\d]+ ){0,2}?ha (?P<case>[^0-9,.;!?]{3,60}?),? "
    r"(?:akkor )?"
    r"(?:(?:havi|havonta|kb\.?|olyan|nagyjabol|korulbelul|meg|csak) )*[0-9]+(?: [0-9]{3})*"
    r"(?: ?ezer\w*| ?e\b)?(?: ?ft\w*)?(?: (?:korul|kb|havonta|menne|lenne|jonne|lesz|jon|megy|"
    r"tudnek|tudok|ment|menne el|megy el))*(?:\W{1,3}(?:de )?addig\b[^0-9]*)?\W*$"
)
_THE_ONE_FIGURE_BEFORE_A_CONDITION_HU = re.compile(
    r"^(?:[^\W\d]+ ){0,3}(?:(?:havi|havonta|kb\.?) )?[0-9]+(?: [0-9]{3})*(?: ?ezer\w*| ?e\b)?"
    r"(?: ?ft\w*)?(?: havonta)?(?P<or> vagy (?:inkabb |talan )?[0-9]+(?: ?ezer\w*)?)?,? ha "
    r"(?P<case>[^0-9]{3,60})$"
)


def _the_one_figure_on_a_condition_hu(folded: str) -> bool:
    """Whether the message's figures are all said on a condition (see
    :data:`_THE_ONE_FIGURE_AFTER_A_CONDITION_HU`) that is no hedge, no way of counting and has
    no outcome of its own (:data:`_A_CASE_OF_NO_CONDITION_HU`), or two figures on one ("170
    vagy inkább 190, ha …"), and not a figure proposed ("mi lenne ha havi tízezer?"): whether
    the case holds is not
    said, and so no figure of the month is (asked again). A case beside the figure of now ("ha
    jó hónap van 400 is, most 260 jött") has another figure, and is read as before."""
    found = _THE_ONE_FIGURE_AFTER_A_CONDITION_HU.match(
        folded
    ) or _THE_ONE_FIGURE_BEFORE_A_CONDITION_HU.match(folded)
    if found is None:
        return False
    if found.groupdict().get("or"):
        return True  # "170 vagy inkább 190, ha a gyógyszert is ide veszem": two cases
    case = found["case"]
    return not (_A_CASE_OF_NO_CONDITION_HU.search(case) or _A_WAY_OF_COUNTING_HU.search(case))


#: Two figures, one said of the case with a part and one of the case without it ("ha a
#: lakbért is, akkor 200, anélkül 140", "nélküle 60, vele 95"): which one holds is not said (the
#: one after "anélkül" is no answer on its own while another figure stands beside it; asked
#: again). Not "a lakbér nélkül 95", one figure alone, nor the figure worked out without a part
#: ("…, benne van a fogorvos, nélküle 180"): that one is the answer. Each figure is said right
#: after its case ("akkor 200", "anélkül 140").
_FIGURES_WITH_AND_WITHOUT_HU = re.compile(
    r"\b(?:akkor|vele|azzal|evvel)\W{1,3}(?:(?:meg|plusz|kb) )?[0-9]+(?: ?ezer\w*)?\W{1,4}"
    r"(?:(?:de|meg|pedig) )?(?:anelkul|nelkule|enelkul)\b\W{0,3}(?:(?:meg|pedig|kb) )?[0-9]|"
    r"\b(?:anelkul|nelkule|enelkul)\b\W{0,3}(?:(?:meg|pedig|kb) )?[0-9]+(?: ?ezer\w*)?\W{1,4}"
    r"(?:(?:de|meg|pedig) )?(?:vele|azzal|evvel)\b\W{0,3}(?:(?:meg|plusz|kb) )?[0-9]"
)


#: At income, the pay said with "lenne" (what it would be), no figure after it: "a fizetésem 250
#: lenne, de három hónapja nem kaptam", "két hónapja nem fizetnek, a bérem 260 lenne" (not what
#: comes in; not "az órabér 2200 lenne, de havi 240-et kapok", whose figure after is the pay).
_THE_PAY_THAT_WOULD_BE_SAID_LAST_HU = re.compile(
    r"\b(?:fizetes(?:em|unk)|fizum|fizu|berem|nyugdijam|keresetem) (?:kb\.? |nagyjabol )?"
    r"[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)? lenne\b(?=[^0-9]*$)"
)

#: The last figure named the whole after it, items said before: "a lakbér 130, 205 az összes",
#: "albi 120 és rezsi 30, 190 a teljes" (the items are parts of it, not more to add).
_THE_WHOLE_NAMED_AFTER_ITS_FIGURE_HU = re.compile(
    r"(?<![0-9.,])(?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)? (?:az osszes|a teljes)\b[^0-9]*$)"
)


#: What the whole covers, named right after it with no figure of their own: "kb 150 összesen,
#: albi meg rezsi", "összesen 200: lakbér, rezsi, kaja" (the whole's parts, none left unpriced
#: beside it: the items are blanked, the whole kept).
_HOME_ITEM_HU = (
    r"(?:az? )?(?:albi|alberlet|lakber|lakas|rezsi|kaja|etel|elelmiszer|benzin|berlet|szamlak|"
    r"csekkek|gyogyszer)\w*"
)
_THE_WHOLES_ITEMS_NAMED_AFTER_IT_HU = re.compile(
    r"(?:[0-9](?: ?(?:ezer\w*|e|ft))? osszesen|\bosszesen (?:kb\.? )?[0-9]+(?: ?(?:ezer\w*|e|ft))?)"
    rf" ?[,:;.-] ?({_HOME_ITEM_HU}(?:(?:,| meg| es| plusz),? {_HOME_ITEM_HU})+)\W*$"
)

#: The month's whole said last, after a mark, when the month was told as it went: "1-jén albi
#: 100, 10-én a villany 15, közben kaja 60. összesen 175", "…, a végén összeszámoltam: 180",
#: "régen 50 volt, most 70, összesen a havi 230", "…, nem havi kiadás. a rendes havi 190", "az
#: átlagos hónapom 240" (the figures before are its parts, one-offs or of other months).
_THE_MONTHS_WHOLE_SAID_LAST_HU = re.compile(
    r"(?:[.:;,]|[^\x00-\x7f]) (?:a vegen |vegul )?(?:(?:mind)?osszesen(?: a havi| havi)?|"
    r"osszeszamol\w*|osszesitve|(?:a|az) (?:rendes|szokasos|atlagos) (?:havi|honapom))"
    r":? (?:kb\.? )?(?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?\W*$)"
)

_THE_MONTHS_WHOLE_WORDS_HU = ("osszes", "rendes havi", "szokasos havi", "atlagos")

#: At income, the pay named alone in the last sentence or after a "de", after a story of what
#: came in: "…, de abból 30 a nővérem pénze volt. a fizetésem 220", "két hónapét egyben kaptam,
#: 500, de a havi bérem 250", "…. a rendes nyugdíjam 190" (the sums that came in are no answer).
_THE_PAY_NAMED_LAST_HU = re.compile(
    r"(?:[.!?]|,? de) (?:a |az )?(?:rendes |havi |sima )?(?:fizetesem|berem|fizum|jovedelmem|"
    r"nyugdijam)(?: [a-z]+){0,2}:? (?:kb\.? )?(?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?\W*$)"
)


#: Two sources' figures side by side, none taken after: "a bank szerint 210, a saját
#: táblázatom szerint 185, nem értem", "a netbank szerint 300, az exel szerint 280" (which is
#: the month is not said; not summed), "szerintem 180, a párom szerint inkább 220" (two people's).
_TWO_SOURCES_FIGURES_SIDE_BY_SIDE_HU = re.compile(
    r"\bszerint(?:em|e|unk)? (?:kb\.? )?[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?(?:-?[a-z]{1,3})?,? "
    r"(?:(?:de|mig|es) )?(?:a |az )?(?:[a-z]+ ){0,2}szerint(?:e)? (?:(?:kb\.?|inkabb|olyan) )?"
    r"[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?(?=[^0-9]*$)"
)

#: A whole said with a part in it whose size is not known: "190 ment el, de benne van a
#: fogorvos is, hogy az mennyi volt, nem tudom", "benne volt a szerviz, mennyibe került, már nem
#: emlékszem" (the month without it is left to be worked out).
_A_PART_IN_THE_WHOLE_NOT_KNOWN_HU = re.compile(
    r"\bbenne (?:volt|van)\b[^.;!?0-9]*\bmennyi\w*\b[^.;!?0-9]*\bnem (?:emlekszem|tudom)\b"
    r"(?=[^0-9]*$)"
)


#: A part of the month said last, and whether it comes again said not to be known: "2-án 150
#: jött, 20-án még 40 jutalék, azt nem tudom lesz-e máskor", "…, egy 20-as bónusz, az nem tudom
#: jön-e megint" (the month without it or with it is not said; asked again).
_A_PART_NOT_KNOWN_TO_COME_AGAIN_HU = re.compile(
    r"\b(?:azt|az|ezt|ez) (?:meg )?nem tud(?:om|juk),? (?:hogy )?(?:jon|lesz|marad|kapom|kapok|"
    r"ismetlod\w*)-e\b(?=[^0-9]*$)"
)

#: After the last figure, whether it counts here said not to be known: "…, meg a cigi 30, azt
#: nem tudom ide kell-e számolni", "…, nem tudom, hogy beleszámít-e" (left to the specialist to
#: decide; asked again. An item said not to be counted, "azt nem számolom", is set aside).
_A_PART_NOT_KNOWN_TO_COUNT_HU = re.compile(
    r"\bnem tud(?:om|juk|tam),? (?:hogy )?(?:(?:ezt|azt|ez|az|ide|bele|is|most) ){0,3}"
    r"(?:kell-e|szamit-e|beleszamit-e|tartozik-e|szamithato-e|szamolhat(?:om|juk)-e|"
    r"szamolj(?:am|uk)-e|vegy(?:em|uk)-e|irj(?:am|uk)-e)\b(?=[^0-9]*$)"
)


#: A figure another says, then the person saying they do not see or know it themselves: "a
#: párom azt mondja havi 230 jön, én nem látom a számláját", "anyu szerint 150, én nem tudom"
#: (the figure is not the person's to give; asked again. Not "az asszony intézi, azt mondja
#: 264", said with no doubt after it).
_ANOTHERS_FIGURE_THE_OWN_NOT_SEEN_HU = re.compile(
    r"\b(?:azt mondja|szerint)\b[^.;!?0-9]*[0-9]+[^0-9]*?\ben nem (?:latom|tudom|ismerem)\b"
    r"(?=[^0-9]*$)"
)

#: A figure or "there", then "or somewhat over or under it", said last: "150 körül, vagy
#: valamivel felette", "a segély 120, én is ott vagyok vagy kicsit alatta", "kétszáz körül vagy
#: inkább afelett" (how far off is not said; asked again).
_A_FIGURE_OR_SOMEWHAT_OFF_IT_HU = re.compile(
    r"\bvagy (?:egy )?(?:kicsit|picit|valamivel|inkabb) (?:felette|folotte|afelett|afolott|"
    r"alatta|tobb|kevesebb)\b(?=[^0-9]*$)"
)

#: At other debts, a payment another asks of the person, then said not to be agreed yet: "a
#: bátyám havi 30-at kér, még nem egyeztünk meg", "anyu 15-öt szeretne, nem beszéltük meg"
#: (asked, not yet a payment; asked again. Not "így beszéltük meg", which agrees it).
_A_PAYMENT_ASKED_NOT_AGREED_HU = re.compile(
    r"(?:\b(?:ker|keri|kert|akar|szeretne)\b[^.;!?]*?[0-9]|"
    r"[0-9][^.;!?0-9]*?\b(?:ker|keri|kert|akar|szeretne)\b)"
    r"[^.;!?]*?\b(?:meg )?nem (?:egyeztunk|beszeltuk|allapodtunk)(?: meg)?\b(?=[^0-9]*$)"
)


#: The last figure marked after it as the one that holds now or always: "a hirdetésben 300
#: volt, aztán 250 lett, és most is annyi", "…, 170 szokott lenni, most is ennyi", "nekem 90
#: maradt, előtte is ennyi" (the figures before it are old, advertised or its parts). A word
#: of its own after the figure ("lett", "maradt"): not "lakbér 100, kaja 60, és mindig ennyi",
#: whose mark is of the whole list.
_THE_FIGURE_MARKED_AS_NOW_AFTER_IT_HU = re.compile(
    r"(?<![0-9.,])(?=[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)? [a-z]+[^0-9]*\b(?:most is|mindig|elotte is|"
    r"azota is) (?:annyi|ennyi)\b[^0-9]*$)"
)

#: Cheap words before :data:`_THE_FIGURE_MARKED_AS_NOW_AFTER_IT_HU`.
_MARKED_AS_NOW_WORDS_HU = ("is annyi", "is ennyi", "mindig annyi", "mindig ennyi")


#: At the own offer, a wished figure, then a smaller one that only "may" be what goes: "szeretnék
#: 30-at, de lehet, hogy csak 15 megy", "szeretném a 25-öt, de lehet hogy csak 10" (neither is
#: said to hold; asked again. Not "30 ezer, de lehet hogy februártól 40", with no wish: the 30
#: holds now).
_A_WISH_THEN_ONLY_WHAT_MAY_GO_HU = re.compile(
    r"\bszeretn\w*\b[^.;!?0-9]*[0-9]+[^.;!?0-9]*\bde lehet,? hogy csak [0-9]+(?=[^0-9]*$)"
)


#: The words of a relative, a friend or an advert outside the home, whose figure is no answer
#: (a cheap test before :func:`_without_anothers_figure_before_the_own_hu`).
_ANOTHERS_WORDS_HU = ("nover", "hugom", "batyam", "ocsem", "anyu", "anyam", "apu", "apam", "haver",
                      "barat", "szomszed", "kolleg", "ismeros", "hirdetes")  # fmt: skip

#: Someone outside the home or an advert named: "a bátyám", "az egyik kollégám", "a hirdetés".
_ANOTHER_OUTSIDE_THE_HOME_HU = re.compile(
    r"\b(?:nover(?:em|e)|hugom|batyam|ocsem|anyu|anyam|apu|apam|haver(?:om|jaim)|"
    r"barat(?:om|nom|aim)|szomszed\w*|kollega\w*|ismeros\w*|hirdetes\w*)\b"
)

#: The own figure marked after another's: "..., én csak 140-et", "pedig 230 a fizetésem",
#: "nálam 180 megy el", "nekem is 150", "önöknek 10-et", "de most itthon 210-et kapok".
_THE_OWN_MARKED_AFTER_HU = re.compile(
    r"(?:^|[,.;!?] ?|\s)(?:de )?(?:en|nekem|nalam|pedig|onoknek|most)\b(?=[^0-9]*[0-9]{2})"
)

#: A whole worked out of the other's part and the own: "anyu 10-zel beszáll, én 15-tel, így 25"
#: (the other's part counts then).
_A_WHOLE_OF_BOTH_HU = re.compile(r"\b(?:igy|osszesen|egyutt|ketten)\b")


def _without_anothers_figure_before_the_own_hu(folded: str) -> str:
    """``folded`` with all blanked before the own figure that is marked as one's own ("én",
    "nekem", "nálam", "pedig", "önöknek", "most") after a figure of someone outside the home or
    of an advert: "a kolléganőm 280-at visz haza, én 240-et", "a bátyám 50-et kért, nekem is
    csak 160 jön" (the other's figure is no answer, asked of the person or not). Not a partner
    or a household ("a párom 150, én 200"), whose figures may be summed, nor a whole of both
    worked out after ("így 25"), nor a count after the mark ("neki 2 gyereke van, nekem 3")."""
    other = _ANOTHER_OUTSIDE_THE_HOME_HU.search(folded)
    if not other:
        return folded
    own = _THE_OWN_MARKED_AFTER_HU.search(folded, other.end())
    if not own or not _A_NUMBER_IN.search(folded, other.end(), own.start()):
        return folded
    if _A_WHOLE_OF_BOTH_HU.search(folded, own.end()):
        return folded
    return _all_before_blanked(folded, own)


#: The words that make a clause's figure one that would be, is needed or is wished, not the
#: month as it is (a cheap test before :func:`_without_the_figures_that_would_be_hu`).
_WOULD_BE_WORDS_HU = ("lenne", "volna", "kene", "kellene", "celom", "szeretn")

#: A clause (up to a mark or a "de") whose figure is not the month as it is: one that would be
#: if something were so ("ha a kocsit eladnám, 30-cal kevesebb, 160 lenne"), one needed or
#: wished ("a normális élethez kellene 300", "a tervem az, a célom 150 alá menni", "jó volna
#: ha 200 jönne"); not what the month is paid out of ("240 jön, abból kéne mindent").
_A_CLAUSE_HU = re.compile(r"[^,;.!?:]+?(?=[,;.!?:]|\bde\b|$)")
_A_WISH_OR_A_NEED_HU = re.compile(r"\b(?<!bol )(?:kene|kellene|celom|szeretn\w*)\b")
_A_CASE_THAT_WOULD_BE_HU = re.compile(r"\bha\b.*\b(?:lenne|volna)\b|\b(?:lenne|volna)\b.*\bha\b")


def _without_the_figures_that_would_be_hu(folded: str) -> tuple[str, bool]:
    """``folded`` with the figures blanked that are said in a clause of a wish, a need or a case
    that is not so ("ha lenne kertem, 20-szal kevesebb lenne, de most 190": the 190), and whether
    such figures were all the figures said: a wish or a case alone ("jó lenne, ha 250 lenne")
    gives no month as it is, and is asked again. A figure that "would be" with no case or wish
    ("kb 180 lenne") is an estimate, and stays."""
    blanked = folded
    found = False
    for clause in _A_CLAUSE_HU.finditer(folded):
        said = clause[0]
        if not _A_NUMBER_IN.search(said):
            continue
        if _A_WISH_OR_A_NEED_HU.search(said) or _A_CASE_THAT_WOULD_BE_HU.search(said):
            found = True
            blanked = blanked[: clause.start()] + " " * len(said) + blanked[clause.end() :]
    if not found:
        return folded, False
    return blanked, not _A_NUMBER_IN.search(blanked)


#: At other debts, this card named, then its own size after it: "nincs más, csak ez a kártya, a
#: 486 ezres", "ez a kártya van, a 300 ezres" (the card asked about, no other debt; the same
#: as "csak ez a 300 ezres kártya").
_THIS_CARDS_SIZE_SAID_AFTER_IT_HU = re.compile(
    r"(?<=\bez a kartya)(?: van| az egyetlen)?,? (?:a |az )?[0-9]+(?: [0-9]{3})* ?ezres\b"
)


#: An item's bill or payment said last not to be remembered, other figures before it:
#: "személyi 35, a hűtős részletre nem emlékszem", "albi 100, a villanyszámlára már nem
#: emlékszem" (the whole is not known; not the exact sum of a figure said, "35, a pontos
#: összegre nem emlékszem", which names no item).
_AN_ITEMS_FIGURE_NOT_REMEMBERED_HU = re.compile(
    r"\b(?:a|az) (?:[a-z]+ )?[a-z]*(?:reszlet|torleszto|hitel|dij|szamla|berlet|rezsi|villany|"
    r"gaz)[a-z]*(?:re|ra) (?:mar |most )?nem emlekszem\b(?=[^0-9]*$)"
)


#: Two figures said last, each with a question mark, none settled on: "elmegy minden, 210?
#: 230? nem tudom", "190? vagy 200?" (guesses, no answer; not "210? nem, 215": the one after
#: them is settled on).
_FIGURES_GUESSED_WITH_QUESTION_MARKS_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?\? ?(?:vagy |esetleg )?[0-9]+(?: ?ezer\w*)?\?(?=[^0-9]*$)"
)


#: At income, the message's one figure named as the spending or a debt: "a kiadásom 200 körül",
#: "a tartozásom 480 ezer, ennyit tudok" (another question's figure, the income unsaid; not
#: "a kiadásom 200, a fizetésem 260", whose other figure is the answer).
_ANOTHER_QUESTIONS_FIGURE_ALONE_AT_INCOME_HU = re.compile(
    r"(?:a |az )?(?:kiadas|koltes|tartozas|adossag)\w* (?:kb\.? |olyan |nagyjabol |kozel )?"
    r"[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?[^0-9]*$"
)


#: At expenses, the message's one figure named as the pay and nothing said of what goes out of
#: it: "a nyugdíjam 190, ennyiből élek", "kb 250 a bérem, többet nem tudok mondani" (the
#: income's figure, the spending unsaid; asked again). Not where the pay is said to go out
#: ("a fizum 250, az mind elmegy") or the spending is likened to it ("ugyanannyi mint a fizum:
#: 260"), which earlier rounds read as the spending. At the offer too: "a fizetésem 250" says
#: what comes in, not what can be paid.
_THE_PAYS_WORDS_HU = ("fizet", "fizu", "nyugdij", "berem", "kereset")
_THE_PAYS_NAMES_HU = r"(?:fizetes\w*|fizu\w*|nyugdij\w*|berem|kereset\w*)"
_THE_PAY_ALONE_HU = re.compile(
    r"(?:kb\.? |olyan |nagyjabol |kozel )?(?:"
    rf"(?:a |az )?{_THE_PAYS_NAMES_HU},? (?:kb\.? |olyan |kozel )?"
    r"[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?|"
    rf"[0-9]+(?: [0-9]{{3}})*(?: ?ezer\w*)? (?:a |az ){_THE_PAYS_NAMES_HU})"
    r"(?![^0-9]*(?:elmegy|megy el|elkolt|kolt|kiad|fogy|elvisz|ramegy|annyi megy))[^0-9]*$"
)

#: At the counter-offer, the pay named as what the offer is paid out of ("a nyugdíjamból 5
#: ezret tudok", "a fizumból 10-et"): the figure offered, not the pay said alone.
_AN_OFFER_OUT_OF_THE_PAY_HU = re.compile(r"(?:a |az )?(?:fizet|fizu|nyugdij|ber|kereset)\w*bol ")

#: An item on a list given a question mark for its figure, after its label's mark or on a line
#: of its own, the next item after it: "albi | 95 000 / villany | ? / étel | 55 000", "rezsi:
#: ??" then a new line (the line break after a "?" is no comma, so the pattern for items
#: priced with a "?" before a comma does not see it). The whole is not known; asked again.
#: The items may be split by slashes as a note copied out is: "lakbér 100 / gáz ? / kaja 40".
_AN_ITEMS_FIGURE_A_QUESTION_MARK_ON_ITS_LINE_HU = re.compile(
    r"[^\W\d](?: ?[|:])? \?+ ?(?:[^\W\d]|/ ?[^\W\d]|$)"
)


#: Of a debt, a sum said to be paid in already, beside its month's payment: "a kölcsön havi 30,
#: 10 ezret már visszafizettem", "havi 20 a részlet, már 60-at befizettem". What is paid is no
#: payment of the month (it was read as one more and added); the payment said is the answer.
_A_SUM_PAID_ALREADY_HU = re.compile(
    r"(?:\bmar )?(?<![0-9.,])[0-9]+(?:[.,][0-9]+)?(?: ?ezr?\w*|-?[aeo]?t)? (?:mar )?"
    r"(?:be|ki|vissza|le)?(?:fizettem|torlesztettem)\b(?: [a-z]+)?"
)


#: A whole with a one-off in it, then the figure without it, said last: "210 ment el, de benne
#: van a fogorvos, nélküle 180", "az app 250-et mutat, a nyaralás nélkül 200" (the figure
#: without the one-off is the month's; all before it is blanked). Not where the case with it
#: has its figure too (:data:`_THE_CASE_WITH_IT_HU`): which holds is for the rules of cases.
_THE_FIGURE_WITHOUT_IT_SAID_LAST_HU = re.compile(
    r"\b(?:nelkule|anelkul|enelkul|nelkul)\W{0,3}(?:(?:kb\.?|havi|csak) ){0,2}(?=[0-9])"
)

#: A figure said of the case with a thing, in the instrumental ("-val/-vel", a consonant
#: doubled before "-al/-el", a two-letter one too): "cigivel 230", "pótlékkal 356", "dohánnyal
#: 215", "vele 200".
_THE_CASE_WITH_IT_HU = re.compile(
    r"(?:\bvele|(?<!szo)v[ae]l|([b-df-hj-np-tv-z])\1[syz]?[ae]l)\b\W{0,3}(?:kb\.? )?[0-9]"
)


def _without_what_is_no_answer_hu(folded: str, asked: str, owed: bool, offer: bool) -> str:
    """``folded``, a Hungarian answer, with the figures blanked that are no answer: a figure not
    preferred ("inkább 170 mint 180"), a lump sum lived on, the payments left of a term, a
    refused offer said again, a nothing that would be, a year's
    figure worked into the month's, the "Plusz" of a loan's name, a postcode, a measure, a
    rounded figure beside the exact one, and what a debt's part or an offer is said out of
    ("abból")."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m[0])

    if "inkabb" in folded:  # "inkább 170 mint 180"
        folded = _RATHER_THIS_THAN_THAT_HU.sub(lambda m: f"inkabb {m[1]}".ljust(len(m[0])), folded)
        if asked in ("expenses", "income") and ("?" in folded or "vagy" in folded):
            folded = _without_the_figures_weighed_hu(folded)  # "165? 170? inkább 170"
    if "bol " in folded:  # "2 millió volt, abból élek, havonta 170 megy el"
        folded = _A_LUMP_SUM_LIVED_ON_HU.sub(blank, folded)
        if asked == "expenses":  # "160 nyugdíjból élünk, gyógyszer 24, kaja 60"
            folded = _AN_INCOME_LIVED_ON_HU.sub(blank, folded)
    if owed and ("hatra" in folded or "maradt" in folded):  # "24 x 12 490, ebből 7 van hátra"
        folded = _PAYMENTS_LEFT_HU.sub(blank, folded)
        if "bol " in folded or "bel " in folded:  # "…, a 400-ból még 260 van hátra"
            folded = _A_BALANCE_LEFT_OF_THE_WHOLE_HU.sub(blank, folded)
        folded = _PAYMENTS_LEFT_OF_A_TERM_HU.sub(
            lambda m: m[0][: m.start(1) - m.start()] + " " * len(m[1]), folded
        )  # "12x 15 990, 5 van még hátra"
    if offer and ("sok" in folded or "nagy" in folded):  # "12, a 15 túl sok"
        folded = _A_FIGURE_TOO_MUCH_HU.sub(blank, folded)
        folded = _A_PLANS_FIGURE_TOO_MUCH_HU.sub(blank, folded)  # "a 24 részletes 28? az sok"
        folded = _AN_OPTIONS_FIGURE_TOO_MUCH_HU.sub(blank, folded)  # "a 3-as opció 24 ezre sok"
    if asked in ("expenses", "other_debts") and (
        "nekem" in folded or "ram " in folded or "en reszem" in folded or "enyem" in folded
    ):
        folded = _without_the_whole_before_the_own_part_hu(folded)  # "96, …, így nekem 48"
    if owed and "mar " in folded and ("fizettem" in folded or "torlesztettem" in folded):
        folded = _without_a_sum_paid_already_hu(folded)  # "havi 25, 5 ezret már befizettem"
    if "semmi" in folded:  # "egy nagy családnak ez semmi lenne, de nekem 150"
        folded = _NOTHING_IT_WOULD_BE_HU.sub(blank, folded)
        if asked in ("expenses", "income") and (
            "bben" in folded or "bban" in folded or "benne" in folded
        ):  # "havi 150, ebben semmi luxus": a note on the figure before, no figure itself
            folded = _NOTHING_OF_A_KIND_IN_IT_HU.sub(
                lambda m: blank(m) if _A_FIGURE_HU.search(folded, 0, m.start()) else m[0], folded
            )
    if "ev" in folded:  # "évente 2 millió 400 ezer, azaz 200 egy hónapra"
        folded = _A_YEAR_WORKED_INTO_A_MONTH_HU.sub(blank, folded)
    if (
        asked in ("expenses", "income")
        and (" havi" in folded or " havonta" in folded)
        and any(w in folded for w in _THIS_YEARS_WORDS_HU)
    ):
        folded = _THIS_YEARS_FIGURE_WORKED_INTO_A_MONTH_HU.sub(blank, folded)
    if owed and "diakhitel plusz" in folded:  # "Diákhitel Plusz 8 600": the loan's name
        folded = folded.replace("diakhitel plusz", "diakhitel      ")
    folded = _A_POSTCODE_HU.sub(blank, folded)  # "6720 Szeged"
    if "cim" in folded or "ott " in folded or "itt " in folded:  # "a 2021 Tahitótfalu a címem"
        folded = _A_POSTCODE_OF_AN_ADDRESS_HU.sub(blank, folded)
    if "mm" in folded or "cm" in folded or "km" in folded:  # "16 mm2-es kábel" (each match has one)
        folded = _A_MEASURE_HU.sub(blank, folded)
    if any(word in folded for word in _WORDS_OF_ROUNDED_HU):  # "187 450 Ft, majdnem 190"
        folded = _ROUNDED_AFTER_THE_EXACT_HU.sub(blank, folded)
    if "pontos" in folded:  # "kb 280, a pontos szám 279 640"
        folded = _ROUNDED_BEFORE_THE_EXACT_HU.sub(blank, folded)
    if "papir" in folded or "kivonat" in folded:  # "kereken 300, a bérpapíron 299 870"
        folded = _ROUNDED_BEFORE_THE_SLIPS_HU.sub(blank, folded)
    if owed and "bol " in folded and (part := _A_DEBTS_PART_OF_A_BILL_HU.search(folded)):
        folded = " " * part.start() + folded[part.start() :]  # "a havidíj 12 990, abból 5 000 …"
    if offer and "bol " in folded and (part := _AN_OFFER_OUT_OF_WHAT_IS_LEFT_HU.search(folded)):
        folded = " " * part.start() + folded[part.start() :]  # "40 marad, ebből 25-öt adok"
    if asked in ("expenses", "income") and ("egy " in folded or "kiloja" in folded):
        folded = _without_one_things_price_hu(folded)  # "egy bögre 3500, … a háztartás havi 176"
    if asked in ("expenses", "income") and any(w in folded for w in _MEASURES_OF_A_TRADE_HU):
        folded = _without_a_price_per_measure_hu(folded, asked)  # "1 köbméter 4 ezer, … 50"
    if asked in ("expenses", "income") and "ar" in folded:
        folded = _without_ones_prices_named_hu(folded)  # "vágás 4000, … ezek az áraim. havi 197"
    if asked in ("expenses", "income", "other_debts") and ("azt " in folded or "ezt " in folded):
        folded = _without_what_is_not_counted_hu(folded)  # "10 ezer, azt nem számolnám, …178"
    if asked == "income" and "szam" in folded and _A_NUMBER_IN.search(folded):
        folded = _AN_EXTRA_NOT_COUNTED_HU.sub(lambda m: " " * len(m[0]), folded)  # "…, a jattot
        # nem számolom": the figure before it is the pay
    if asked == "expenses" and any(word in folded for word in _WORDS_OF_A_BUSINESS_HU):
        folded = _without_what_is_not_counted_hu(folded, _A_BUSINESS_COST_HU)  # "az külön business"
    if asked in ("expenses", "income") and (
        "kerdes" in folded or "tartozik" in folded or ":" in folded or "mellekes" in folded
    ):
        folded = _without_what_is_beside_the_point_hu(folded)  # "1,2 millió, az a másik kérdés"
    if asked in ("expenses", "income") and "oszt" in folded:
        folded = _without_what_is_before_hu(folded, _SPREAD_OVER_MONTHS_HU)  # "3,6 m… 12 felé: 300"
    if asked == "income" and "tisztan" in folded and "bol" in folded:
        folded = _without_what_is_before_hu(folded, _NET_AFTER_WHAT_GOES_OUT_HU)  # "…, tisztán 340"
    if asked in ("expenses", "income") and "de " in folded:
        folded = _without_what_is_before_hu(folded, _THE_WHOLE_SAID_LAST_HU)  # "de a teljes …"
    if asked in ("expenses", "income") and "de " in folded:
        folded = _without_what_is_before_hu(folded, _ANOTHERS_NOT_ONES_OWN_HU)  # "de az az utasé"
        folded = _without_what_is_before_hu(folded, _TO_THE_QUESTION_NOW_HU)  # "de a kérdésre:"
        folded = _without_what_is_before_hu(folded, _THE_MONTHS_SAID_AFTER_BUT_HU)  # "de a kiadás"
    if (
        asked in ("income", "expenses", "other_debts")
        and "tol " in folded
        and any(w in folded for w in _WORDS_OF_A_CHANGE_HU)
    ):
        folded = _without_a_change_by_a_figure_to_come_hu(folded)  # "most 165, …tól 12-vel emelik"
    if (
        asked == "income"
        and ("egyutt" in folded or "osszesen" in folded or "kozosen" in folded)
        and any(w in folded for w in _PARTNER_WORDS_HU)
    ):
        folded = _without_the_couples_whole_hu(folded)  # "a bérem 230, a párom 340, együtt 570"
    if asked in ("expenses", "income") and ("egyutt" in folded or "osszesen" in folded):
        folded = _without_what_is_before_hu(folded, _THE_WHOLE_WITH_IT_SAID_LAST_HU)  # "ezzel e…"
    if asked == "expenses" and "osszesen" in folded and "fele" not in folded:  # (no split)
        folded = _THE_WHOLES_ITEMS_NAMED_AFTER_IT_HU.sub(
            lambda m: m[0][: m.start(1) - m.start()] + " " * len(m[1]), folded
        )
    if (
        asked in ("expenses", "income")
        and ". " in folded
        and ("bol " in folded or "bel " in folded)
    ):
        folded = _without_what_the_last_figure_is_worked_from_hu(folded)  # "ebből 40 …. 190"
    if asked in ("expenses", "income") and any(w in folded for w in _A_BOUNDS_WORDS_HU):
        # "nem több 200-nál, kb 185"
        folded = _A_BOUND_BEFORE_THE_FIGURE_HU.sub(blank, folded)
    if asked in ("expenses", "income") and "a ketto" in folded:  # "…, a kettő átlaga 185"
        folded = _without_all_before(folded, _THE_TWOS_WHOLE_SAID_LAST_HU)
    if " " in folded:  # "1 9 8 (bocs a szóközökért, 198)"
        folded = _DIGITS_APART_TYPED_AGAIN_HU.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked in ("expenses", "income")
        and "nelkul" in folded
        and not _THE_CASE_WITH_IT_HU.search(folded)
    ):  # "…, de benne van a fogorvos, nélküle 180"
        folded = _without_all_before(folded, _THE_FIGURE_WITHOUT_IT_SAID_LAST_HU)
    if asked == "expenses":
        folded = _without_all_before(folded, _THE_HOMES_MONTH_AFTER_THE_TRADES_HU)  # "nálam"
    if asked == "expenses" and any(w in folded for w in _ONES_OWN_WORDS_HU):
        folded = _without_all_before(folded, _ONES_OWN_SPENDING_SAID_LAST_HU)  # "magamra 134"
    if asked == "expenses" and ". " in folded and ("kiadas" in folded or "meg minden" in folded):
        folded = _without_all_before(folded, _THE_SPENDING_IN_A_SENTENCE_OF_ITS_OWN_LAST_HU)
    if "(" in folded and any(w in folded for w in _THE_PERIOD_BEFORE_WORDS_HU):
        folded = _THE_PERIOD_BEFORE_IN_BRACKETS_HU.sub(blank, folded)  # "(előző hó: 229 100 Ft)"
    if asked == "income" and "netto" in folded and ("brutto" in folded or "jarulek" in folded):
        folded = _without_all_before(folded, _A_PAYSLIPS_NET_SAID_LAST_HU)  # "Nettó kifizetés: …"
    if "pontosabban" in folded or "helyesebben" in folded:  # "0,5 millió körül, pontosabban 498"
        folded = _A_ROUNDED_FIGURE_THEN_MORE_EXACTLY_HU.sub(blank, folded)
    if "akkor" in folded and ("illetve" in folded or "bocs" in folded or "pardon" in folded):
        folded = _A_FIGURE_TAKEN_BACK_THEN_SO_HU.sub(blank, folded)  # "245.. illetve …, akkor 205"
    if asked in ("expenses", "income") and any(
        word in folded for word in _WORDS_OF_AN_ASIDE_THEN_THE_MONTHS_HU
    ):
        folded = _without_all_before(folded, _AN_ASIDE_THEN_THE_MONTHS_HU)  # "de az az övé"
    if asked in ("expenses", "income") and "z a" in folded:  # "…, az a munka. az otthoni …"
        folded = _without_all_before(folded, _THE_TRADES_FIGURE_SET_ASIDE_HU)
    if ".." in folded or "…" in folded:  # "18... nem, 16 ezret inkább" (its dots end no sentence)
        folded = _A_FIGURE_TAKEN_BACK_AFTER_DOTS_HU.sub(blank, folded)
    if asked == "expenses" and (". " in folded or not folded.isascii()):
        folded = _without_all_before(folded, _THE_MONTHS_ALONE_IN_THE_LAST_SENTENCE_HU)  # "~176"
        folded = _without_all_before(folded, _THE_HOMES_LIST_IN_THE_LAST_SENTENCE_HU)  # "albi 120,"
    if asked == "expenses" and ": " in folded:  # "… 2 tonnás targonca. itthon: albi 90, kaja 55"
        folded = _without_all_before(folded, _THE_HOMES_LIST_AFTER_A_LABEL_HU)
    if any(w in folded for w in _MARKED_AS_THE_ONE_WORDS_HU):  # "…, a rendes 305, ezt vegyük"
        folded = _without_what_is_before_hu(folded, _THE_LAST_FIGURE_MARKED_AS_THE_ONE_HU)
    if asked in ("expenses", "income") and any(w in folded for w in _MARKED_BY_ITS_WORDS_HU):
        folded = _without_what_is_before_hu(folded, _THE_LAST_FIGURE_MARKED_BY_ITS_WORDS_HU)
    if asked in ("expenses", "income") and any(w in folded for w in _WORKED_OUT_WORDS_HU):
        folded = _without_all_before(folded, _A_FIGURE_WORKED_OUT_SAID_LAST_HU)  # "…, havi 225"
    if asked == "expenses" and ("ebbol " in folded or "abbol " in folded):  # "ebből a kiadás 230"
        folded = _without_all_before(folded, _THE_SPENT_PART_OF_THE_PAY_SAID_LAST_HU)
    if asked in ("expenses", "income") and any(w in folded for w in _LEFT_OR_AVERAGE_WORDS_HU):
        folded = _without_all_before(folded, _WHAT_IS_LEFT_OR_THE_AVERAGE_SAID_LAST_HU)
    if asked in ("expenses", "income") and any(
        w in folded for w in _SAID_LAST_BY_ANOTHER_OR_IN_HAND_WORDS_HU
    ):  # "az asszony intézi a pénzt, azt mondja havi 264", "kezembe kapok 298"
        folded = _without_all_before(folded, _THE_MONTHS_SAID_LAST_BY_ANOTHER_OR_IN_HAND_HU)
    if asked in ("expenses", "income") and ":" in folded:  # "9 ezer/fő, a teljes: albi 140 …"
        folded = _without_all_before(folded, _THE_WHOLE_LISTED_AFTER_A_COLON_HU)
    if asked == "other_debts" and "az " in folded:  # "a lízing 95, az a cégé, nekem … 31"
        folded = _without_all_before(folded, _ANOTHERS_DEBT_BEFORE_ONES_OWN_HU)
    if "vagyis" in folded or "illetve" in folded or "bben" in folded:  # "130, vagyis most már 142"
        folded = _A_FIGURE_CORRECTED_RIGHT_AFTER_HU.sub(blank, folded)
    if "ev" in folded:  # "szemétdíj évi 36, az havi 3, plusz albi 100"
        folded = _A_YEARS_ITEM_THEN_ITS_MONTHS_HU.sub(blank, folded)
    if "het" in folded or "kethavonta" in folded or "evente" in folded:  # "hetente 15 …, az havi"
        folded = _ANOTHER_PERIODS_ITEM_THEN_ITS_MONTHS_HU.sub(blank, folded)
    if "hav" in folded and ("ev" in folded or "kethav" in folded):  # "negyedéves, 27, havi 9-nek"
        folded = _A_BILLS_PERIOD_FIGURE_THEN_THE_MONTHS_SHARE_HU.sub(blank, folded)
    if asked in ("expenses", "income") and ("z a" in folded or " ove" in folded):  # "az a …-é"
        folded = _ANOTHERS_FIGURE_SAID_LAST_HU.sub(blank, folded)
    if asked in ("expenses", "income") and "nem az enyem" in folded:  # "…, a páromé 280, de az nem"
        folded = _A_PARTNERS_FIGURE_SAID_NOT_ONES_OWN_HU.sub(blank, folded)
    if ". " in folded and ("opcio" in folded or "lehetoseg" in folded):  # "a 4. opció 30 ezer"
        folded = _A_PLAN_BY_ITS_ORDINAL_HU.sub(blank, folded)
    if owed and not offer and " havi " in folded:  # "10 havi 15 ezer": the term's months
        folded = _A_TERMS_MONTHS_BEFORE_ITS_PAYMENT_HU.sub(blank, folded)
    if asked == "other_debts" and ("kolcson" in folded or "eloleg" in folded or "tol " in folded):
        folded = _without_a_sum_borrowed_hu(folded)  # "kértem 80-at kölcsön, havi 15-öt vissza"
    if asked == "other_debts" and ". " in folded and ("inkabb " in folded or " nem " in folded):
        folded = _without_a_late_correction_of_another_step_hu(folded)  # "…. a fizum inkább 310"
    if owed and "bol " in folded and "re" in folded:  # "a 20 gépből 8-at hitelre vettem"
        folded = _THINGS_ON_CREDIT_COUNTED_HU.sub(blank, folded)
    if ". " in folded and ("honap" in folded or "het" in folded or "ev" in folded):
        folded = _AN_ORDINAL_OF_TIME_HU.sub(blank, folded)  # "most a 2. hónapja, 248 volt"
    whole = _AN_OFFER_THEN_THE_WHOLE_IT_CLEARS_HU.search(folded) if "alatt" in folded else None
    if whole and offer and int(whole[1]) * int(whole[2]) == int(whole[3]):  # "20-at, … 480-at"
        folded = folded[: whole.start(3)] + " " * len(whole[3]) + folded[whole.end(3) :]
    if asked in ("expenses", "income", "other_debts") and (
        "kent " in folded
        or "forintban" in folded
        or "jova" in folded
        or "ami " in folded
        or "das " in folded
    ):
        folded = _without_the_foreign_sum_before_its_forints_hu(folded)  # "500 euró, … 195-ként"
    if asked == "income" and "utan" in folded:  # "… után nekem kb 350 marad"
        folded = _without_all_before(folded, _WHAT_IS_LEFT_AFTER_COSTS_HU)
    if asked == "income" and " de " in folded and "hav" in folded:  # "évi 5 millió, de havi 210"
        folded = _without_all_before(folded, _A_YEARS_SUM_BUT_THE_MONTHS_HU)
    if (
        asked in ("income", "expenses")
        and "most " in folded
        and ("en " in folded or "ban " in folded)
    ):
        folded = _without_all_before(folded, _ANOTHER_SEASONS_THEN_NOW_HU)  # "nyáron 300, most 200"
    if asked == "income" and "marad" in folded:  # "…, ami marad az 480"
        folded = _without_all_before(folded, _WHAT_IS_LEFT_SAID_LAST_HU)
        if "utan " in folded or "vegen " in folded:  # "a költségek után 240 maradt"
            folded = _without_all_before(folded, _LEFT_AFTER_THE_COSTS_HU)
    if ".ho" in folded or ". ho" in folded:  # "BÉR 11.HÓ 303.215,00 HUF"
        folded = _A_MONTH_BY_ITS_ORDINAL_HU.sub(blank, folded)
    if "(" in folded and ("lemond" in folded or "megszun" in folded or "nincs" in folded):
        folded = _AN_ITEM_CANCELLED_IN_BRACKETS_HU.sub(blank, folded)  # "netflix 4 (lemondtam)"
    if asked == "expenses" and (
        "lemond" in folded or "tettem le" in folded or "abbahagy" in folded
    ):
        folded = _AN_ITEM_GIVEN_UP_HU.sub(blank, folded)  # "hbo 4 - ezt lemondtam, kaja 60"
        folded = _without_an_item_named_as_given_up_hu(folded)  # "…, de a hbo-t lemondtam"
    if offer and "legyen" in folded:  # "a párom 10-et mondana, én 20-at, legyen 15"
        folded = _without_all_before(folded, _SETTLED_ON_LAST_HU)
    if offer and ", " in folded:  # "a részlet 50 volt, vegyünk le 15-öt, 35"
        folded = _without_what_the_offer_is_worked_from_hu(folded)
    if offer and "most " in folded:  # "a szezonban 40-et tudnék, most viszont csak 10-et"
        folded = _without_all_before(folded, _NOW_ONLY_AFTER_ANOTHER_TIMES_OFFER_HU)
    if asked == "expenses" and "nekem " in folded:  # "lakbér 200 nekem 100, villany 30 …"
        folded = _AN_ITEMS_WHOLE_THEN_ITS_OWN_PART_HU.sub(
            lambda m: " " * (m.end(1) - m.start()) + m[0][m.end(1) - m.start() :], folded
        )
    return folded


def _without_all_before(folded: str, pattern: re.Pattern[str]) -> str:
    """``folded`` with all said before ``pattern``'s match (and in it) blanked, when a figure is
    said after it: the trade's figures and their words of a period too ("napi 40 forduló, a jegy
    700 de az a tulajé, nekem nettó 268": no "napi" left to make the month's a day's)."""
    return _all_before_blanked(folded, pattern.search(folded))


def _the_months_money_named_in_hu(said: str) -> bool:
    """Whether ``said`` names the month's own money with a figure ("a háztartás havi 176")."""
    return bool(_A_NUMBER_IN.search(said) and _THE_MONTHS_MONEY_AFTER_HU.search(said))


def _without_the_whole_before_the_own_part_hu(folded: str) -> str:
    """``folded`` with the whole blanked that the own part is said after ("lakáshitel 96, de a
    felét a volt férjem fizeti, így nekem 48"): the figure said last before the own part."""
    own = _THE_OWN_PART_AFTER_A_WHOLE_HU.search(folded)
    if not own:
        return folded
    wholes = [  # (not a share said in per cent: "fizeti az 50%-át")
        whole
        for whole in _A_FIGURE_HU.finditer(folded, 0, own.start())
        if not folded.startswith(("%", " %"), whole.end())
    ]
    if not wholes or _the_items_total_hu(wholes, _A_FIGURE_HU.search(folded, own.end())):
        return folded
    said_whole = _SAID_WHOLE_HU.match(folded, wholes[-1].end())  # "330 összesen": its word too
    return _blanked(folded, wholes[-1], *([said_whole] if said_whole else []))


def _the_items_total_hu(items: list[re.Match[str]], said: re.Match[str] | None) -> bool:
    """Whether ``said`` is the total of two or more of the ``items`` right before it, figure for
    figure: "rezsi 42, kaja 90, így nekem 132" is the list's total, no own part of the food."""
    if said is None:
        return False
    total = _hu_figure_value(said)
    added = 0
    for count, item in enumerate(reversed(items), start=1):
        added += _hu_figure_value(item)
        if count >= 2 and added == total:
            return True
    return False


def _hu_figure_value(figure: re.Match[str]) -> int:
    """The digits of an :data:`_A_FIGURE_HU` match as one number, its word of thousands aside."""
    return int("".join(ch for ch in figure[0] if ch.isdigit()))


def _without_one_things_price_hu(folded: str) -> str:
    """``folded`` with the prices of one thing made or sold blanked, when the month's own money
    is named with a figure after the last of them: "egy tál 8 ezer. a háztartás havi 176"."""
    prices = list(_ONE_THINGS_PRICE_HU.finditer(folded))
    if not prices:
        return folded
    if not _the_months_money_named_in_hu(folded[prices[-1].end() :]):
        return folded
    return _blanked(folded, *prices)


def _without_a_price_per_measure_hu(folded: str, asked: str) -> str:
    """``folded`` with each price of :data:`_A_PRICE_PER_MEASURE_HU` blanked, when the work is
    said to be paid by the measure (of spending, said to be paid to the cardholder) and a figure
    is said after them (the month's): "köbméterre fizetnek 4 ezret, … 240 ezret kaptam"."""
    paid = _PAID_BY_THE_MEASURE_HU if asked == "income" else _PAID_TO_ME_BY_THE_MEASURE_HU
    if not paid.search(folded):
        return folded
    prices = list(_A_PRICE_PER_MEASURE_HU.finditer(folded))
    if not prices or not _A_NUMBER_IN.search(folded, prices[-1].end()):
        return folded
    return _blanked(folded, *prices)


def _without_ones_prices_named_hu(folded: str) -> str:
    """``folded`` with one's prices blanked that are said to be so ("ezek az áraim"), when the
    month's own money is named with a figure after: "női 6500 - ezek az áraim. havi 197"."""
    named = _ONES_PRICES_NAMED_HU.search(folded)
    if not named:
        return folded
    if not _the_months_money_named_in_hu(folded[named.end() :]):
        return folded
    return _blanked(folded, *_A_FIGURE_HU.finditer(folded, 0, named.start()))


def _without_what_is_beside_the_point_hu(folded: str) -> str:
    """``folded`` with the figures blanked that are said before an aside beside the point, when
    a figure is said after it: "1,2 millióért vettem, az a másik kérdés, itt: albi 120"."""
    aside = _BESIDE_THE_POINT_HU.search(folded)
    if not aside or not _A_NUMBER_IN.search(folded, aside.end()):
        return folded
    return _blanked(folded, *_A_FIGURE_WITH_ITS_WORD_HU.finditer(folded, 0, aside.start()))


def _without_what_is_before_hu(folded: str, pattern: re.Pattern[str]) -> str:
    """``folded`` with the figures blanked that are said before ``pattern``'s match (and those in
    it), when a figure is said after it: "3,6 milliót elosztottam 12 felé: 300", "900 ezret
    mutat, de abból …, tisztán 340", "80-at ad, …, de a teljes kiadásom … 230"."""
    said = pattern.search(folded)
    if not said or not _A_NUMBER_IN.search(folded, said.end()):
        return folded
    return _blanked(folded, *_A_FIGURE_WITH_ITS_WORD_HU.finditer(folded, 0, said.end()))


def _without_a_late_correction_of_another_step_hu(folded: str) -> str:
    """``folded`` without each sentence after a debt's figure that corrects a figure named as
    another step's money, the pay or the spending: "a kocsira lízing 40 havonta. a fizum amúgy
    inkább 310, nem 330" is 40 (the 310 is a late word on the income)."""
    for late in _A_LATE_CORRECTION_OF_ANOTHER_STEP_HU.finditer(folded):
        before = folded[: late.start()]
        if _A_NUMBER_IN.search(before) and _A_DEBT_NAMED_HU.search(before):
            folded = _blanked(folded, late)
    return folded


#: Another step's money named: the pay, its average, the spending ("a bevétel", "a havi átlag",
#: "a rezsi").
_ANOTHER_STEPS_MONEY_HU = (
    r"(?:fizetes(?!nap)|fizu|ber(?:em|e|unk|uk)?\b|kereset|nyugdij|jovedelm|bevetel|atlag|"
    r"jaradek|segely|potlek|alberlet|albi|lakber|rezsi|kaja|kiadas|koltseg)"
)
_A_DEBTS_WORD_HU = r"(?:hitel|lizing|reszlet|torleszt|tartozas|adossag|kolcson|kartya|hatralek)"
_A_DEBT_NAMED_HU = re.compile(_A_DEBTS_WORD_HU)
#: A sentence after another that corrects a figure named as another step's money, naming no
#: debt: "és a bevétel, amit írtam, inkább 150", "amúgy a havi átlag 180, nem 200" (see
#: :func:`_without_a_late_correction_of_another_step_hu`).
_A_LATE_CORRECTION_OF_ANOTHER_STEP_HU = re.compile(
    rf"(?<=[.!?] )(?:(?!{_A_DEBTS_WORD_HU})[^.!?0-9])*?\b{_ANOTHER_STEPS_MONEY_HU}[^.!?0-9]*?"
    r"(?:\binkabb (?:kb\.? )?[0-9]+|[0-9]+,? nem [0-9]+)"
    rf"(?:(?!{_A_DEBTS_WORD_HU})[^.!?])*"
)


def _without_a_sum_borrowed_hu(folded: str) -> str:
    """``folded`` with the figure blanked of a sum borrowed from someone, when what goes back each
    month is said after it, or that nothing need go back: "a bátyámtól kértem 80-at kölcsön,
    havi 15-öt adok vissza" (15 is the month's debt, not 95), "a főnök adott 100 ezer előleget,
    két hónap alatt vonják le, havi 50". A clause with a payment's own words ("havi", "részlet",
    "törlesztés") is the payment, kept: "kölcsön törlesztés 30"."""
    lent = _A_SUM_BORROWED_HU.search(folded)
    if (
        not lent
        or not _LENDING_WORD_HU.search(lent[0])
        or _A_PAYMENTS_OWN_WORD_HU.search(lent[0])
        or not _PAID_BACK_AFTER_HU.search(folded, lent.end())
    ):
        return folded
    return _blanked(folded, *_A_FIGURE_HU.finditer(folded, lent.start(), lent.end()))


def _without_what_the_offer_is_worked_from_hu(folded: str) -> str:
    """``folded``, an offer, with all before its last figure blanked where that figure is worked
    out from two said before it, and said as their result: one less the other ("a részlet 50
    volt, vegyünk le 15-öt, 35"), a share by a per cent of it ("a 200-nak a 10%-a, az 20 000"),
    or one times the other ("3 vásár egy hónapban, mindegyikből 10-et adok, 30"), not a term's
    count times its payment ("12 hónapra 5, az 60": the whole)."""
    figures = list(_A_FIGURE_HU.finditer(folded))
    if len(figures) < 3 or not _A_RESULT_SAID_HU.search(folded, 0, figures[-1].start()):
        return folded
    values = [_a_figures_value_hu(figure[0]) for figure in figures]
    result, taken_off, for_each = (
        values[-1],
        _TAKEN_OFF_HU.search(folded),
        _FOR_EACH_HU.search(folded),
    )
    for i, first in enumerate(values[:-2]):
        for j in range(i + 1, len(figures) - 1):
            second, after = values[j], folded[figures[j].end() : figures[j].end() + 8]
            term = _A_TERMS_FIGURE_AFTER_HU.match(
                folded, figures[i].end()
            ) or _A_TERMS_FIGURE_AFTER_HU.match(after)
            if (
                (taken_off and first - second == result > 0)
                or (for_each and not term and first * second == result)
                or (after.startswith("%") and _in_thousands_hu(first) * second / 100 == result)
            ):
                return _all_before_blanked(folded, figures[-2])
    return folded


#: A figure alone as the last sentence, after a sentence before it that says a whole and a part
#: of it ("…, abból 30 a párom dolgai voltak. 190"); see
#: :func:`_without_what_the_last_figure_is_worked_from_hu`.
_A_FIGURE_ALONE_AS_THE_LAST_SENTENCE_HU = re.compile(
    r"[.!?] (?:(?:tehat|szoval|vagyis|igy|akkor|osszesen|kb\.?) )?"
    r"([0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?)(?:-?[a-z]{1,3})?\W*$"
)


def _without_what_the_last_figure_is_worked_from_hu(folded: str) -> str:
    """``folded`` with all before its last figure blanked where that figure, said alone as the
    last sentence, is one figure said before less another said after it, the part taken out of
    the whole ("a kivonat 230-at mutatott, ebből 40 a fiamé volt, visszaadta. 190"): the writer
    worked the month's figure out and said it last; the whole and the part are no second
    amount. Only when the difference holds to the forint (a last figure that is no such result
    is left to the rest of the reading)."""
    last = _A_FIGURE_ALONE_AS_THE_LAST_SENTENCE_HU.search(folded)
    if last is None:
        return folded
    figures = list(_A_FIGURE_HU.finditer(folded, 0, last.start()))
    result = _in_thousands_hu(_a_figures_value_hu(last[1]))
    values = [_in_thousands_hu(_a_figures_value_hu(figure[0])) for figure in figures]
    for i, whole in enumerate(values):
        if any(whole - part == result > 0 for part in values[i + 1 :]):
            return _all_before_blanked(folded, figures[-1])
    return folded


def _a_figures_value_hu(figure: str) -> Decimal:
    """The value of a figure matched by :data:`_A_FIGURE_HU`: "31 200" 31200, "15 ezer" 15000."""
    digits = "".join(c for c in figure if c.isdigit())
    return Decimal(digits) * (1000 if "ezer" in figure else 1)


#: The total said last, after a word that sums up ("akkor", "tehát", "szóval", "vagyis",
#: "azaz", "így"), a figure alone to the end: "a nyugdíjam 190, a lakásbérlőm fizet 45-öt,
#: akkor 235", "albi 110, rezsi 35, tehát 145 összesen". See
#: :func:`_without_the_parts_of_the_total_said_last_hu`.
_THE_TOTAL_SAID_LAST_HU = re.compile(
    r"\b(?:akkor|tehat|szoval|vagyis|azaz|igy) (?:az |ez |osszesen |kb\.? )?"
    r"([0-9]+(?: [0-9]{3})*(?: ?ezer\w*)?)(?:-?[a-z]{1,3})?"
    r"\W*(?:(?:volt|lenne|lesz|jon ki|osszesen|egyutt)\W*)?$"
)


_SO_THE_TOTAL_WORDS_HU = ("akkor ", "tehat ", "szoval ", "vagyis ", "azaz ", "igy ")


def _without_the_parts_of_the_total_said_last_hu(folded: str) -> str:
    """``folded`` with the figures before a total said last blanked, when that total is just
    their sum (each in thousands as a bare Hungarian figure is): the writer added the parts up,
    a question asked on the way or not ("a bérem 230, anyám ad 25-öt, azt is írjam? akkor 255").
    Only when the sum holds to the forint: a last figure that is no sum of the ones before
    ("szezonban 400, akkor 520") is left to the rest of the reading."""
    total = _THE_TOTAL_SAID_LAST_HU.search(folded)
    if total is None:
        return folded
    parts = list(_A_FIGURE_HU.finditer(folded, 0, total.start(1)))
    if len(parts) < 2:
        return folded
    whole = sum(_in_thousands_hu(_a_figures_value_hu(p[0])) for p in parts)
    if whole != _in_thousands_hu(_a_figures_value_hu(total[1])):
        return folded
    return _blanked(folded, *parts)


def _in_thousands_hu(value: Decimal) -> Decimal:
    """``value`` as forints, a bare figure below a thousand said in thousands ("312": 312 000)."""
    return value * 1000 if value < 1000 else value


def _without_the_foreign_sum_before_its_forints_hu(folded: str) -> str:
    """``folded`` with all before the forints a sum in another currency came to blanked, when
    that currency is named before them: "az ösztöndíj 500 euró, a bank 195 ezerként írta jóvá"
    (195 000, not the two added), "havi 1500 euró, forintban kb 580 ezer"; not the forints of
    another item named between them."""
    forints = _THE_FORINTS_IT_CAME_TO_HU.search(folded)
    foreign = forints and list(
        _EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU.finditer(folded, 0, forints.start())
    )
    if not forints or not foreign or _ITEMS.search(folded, foreign[-1].end(), forints.start()):
        return folded  # (not another item's forints: "a rezsi 210 euró, a kaja forintban 70")
    return " " * forints.end() + folded[forints.end() :]


def _without_an_item_named_as_given_up_hu(folded: str) -> str:
    """``folded`` with the item of a list blanked, name and figure, that is named again at the end
    as cancelled or given up: "lakás 100, kaja 60, hbo 4, de az hbo-t lemondtam" (its figure is no
    part of the month's). The name's stem, a letter or two short of it for the endings ("az
    edzőtermet": "edzőterem"), must name one item only, with other figures left beside it."""
    named = _AN_ITEM_NAMED_AS_GIVEN_UP_HU.search(folded)
    if not named:
        return folded
    stem = named[1][: max(3, len(named[1]) - 2)]
    items = list(
        re.finditer(
            rf"\b{re.escape(stem)}\w* [0-9]+(?:,[0-9]+)?(?: ?ezer\w*)?", folded[: named.start()]
        )
    )
    if len(items) != 1 or not _A_NUMBER_IN.search(_blanked(folded, items[0])):
        return folded
    return _blanked(folded, items[0])


def _without_what_is_not_counted_hu(
    folded: str, said_after: re.Pattern[str] = _NOT_TO_BE_COUNTED_HU
) -> str:
    """``folded`` with the figure blanked that is said right after not to be counted (or, with
    ``said_after``, to be no own cost), when another figure is said after: "a nagyi ad 10 ezer,
    azt nem számolnám, a fizu 178"; or, not counted, last after the answer's figure in a sentence
    before: "a nyugdíjam 160. a feleségemé 200, de azt nem számolnám ide"."""
    left_out = said_after.search(folded)
    if not left_out:
        return folded
    after = _A_NUMBER_IN.search(folded, left_out.end()) is not None
    if not after and said_after is not _NOT_TO_BE_COUNTED_HU:
        return folded
    figures = list(_A_FIGURE_HU.finditer(folded, 0, left_out.start()))
    if not figures or _SENTENCE_END.search(folded, figures[-1].end(), left_out.start()):
        return folded
    if said_after is not _NOT_TO_BE_COUNTED_HU:
        return _blanked(folded, figures[-1])
    start = _the_items_words_start_hu(folded, figures)
    if not after and not _SENTENCE_END.search(folded, figures[0].end(), start):
        return folded  # (no sentence of the answer's own before the item left out)
    return folded[:start] + " " * (left_out.end() - start) + folded[left_out.end() :]


#: Between the two ends of a range: "20-30 ezret", "10 - 15" (or an en dash).
_A_RANGES_DASH_HU = re.compile(r" ?[-\u2013] ?")
#: What ends the words of an item before its figure: a sentence's end or a colon.
_AN_ITEMS_WORDS_END_HU = re.compile(r"[.!?;:]")


def _the_items_words_start_hu(folded: str, figures: list[re.Match[str]]) -> int:
    """Where the words of the item of the last of ``figures`` start, back to the figure or the
    sentence's end before them: "a kártyán a minimumot, 18 ezret ..., azt nem számolom" goes as a
    whole, words said not to be counted with it, so "minimumot" is not left to read as a floor
    (not past the figure before, "lakás 90, a tévé 5 ezer": the flat keeps its words). A range's
    two ends are one item's: "a lányom ad 20-30 ezret"."""
    if len(figures) > 1 and _A_RANGES_DASH_HU.fullmatch(
        folded, figures[-2].end(), figures[-1].start()
    ):
        figures = figures[:-1]
    start = figures[-2].end() if len(figures) > 1 else 0
    for end in _AN_ITEMS_WORDS_END_HU.finditer(folded, start, figures[-1].start()):
        start = end.end()
    return start


def _without_a_sum_paid_already_hu(folded: str) -> str:
    """``folded`` with a sum said to be paid in already blanked (see
    :data:`_A_SUM_PAID_ALREADY_HU`), only where "már" is said of it and another figure is left
    (alone, "már 60-at befizettem" says nothing of a month and stays as it was)."""
    paid = [match for match in _A_SUM_PAID_ALREADY_HU.finditer(folded) if "mar " in match[0]]
    blanked = _blanked(folded, *paid)
    return blanked if _A_NUMBER_IN.search(blanked) else folded


#: A figure said and then a change from a month on, no verb saying it came: "lízing 48, áprilistól
#: 53", "120, szeptembertől 135 lesz" (the figure now; the other is to come; "…, januártól 118
#: lett" has come and is read as before).
_A_FIGURE_FROM_A_MONTH_ON_AFTER_HU = re.compile(
    r"(?<=[0-9])(?: ?ezer\w*)?,? (?:de )?(?:januar|februar|marcius|aprilis|majus|junius|julius|"
    r"augusztus|szeptember|oktober|november|december|jovo honap)t[oo]l "
    r"(?:kb\.? )?([0-9]+(?: ?ezer\w*)?)(?: lesz)?\W*$"
)


def _without_a_figure_from_a_month_on_hu(folded: str) -> str:
    """``folded`` with the figure blanked that is said to hold from a month on, after the figure
    now (see :data:`_A_FIGURE_FROM_A_MONTH_ON_AFTER_HU`): "hitel 35, júliustól 42" is 35."""
    later = _A_FIGURE_FROM_A_MONTH_ON_AFTER_HU.search(folded)
    if not later:
        return folded
    return folded[: later.start()] + " " * (len(folded) - later.start())


#: A rate of one's trade: a count or a price by the day, the kilo, the piece or the metre ("30
#: palacsinta egy nap", "250 Ft egy kiló", "9 ezer méterenként"), or one thing priced in millions
#: ("egy 4 ágyas 2,5 millió"): no money of the month.
_A_TRADES_RATE_HU = re.compile(
    r"[0-9](?: ?(?:ezer|e|ft|forint)\b)?(?: [a-z]+)? egy (?:nap|kilo|kg|darab|db|ora|meter|"
    r"liter|het)\w*\b|"
    r"[0-9](?: ?(?:ezer|e|ft|forint)\b)? [a-z]+(?:enkent|onkent|ankent)\b|"
    r"\begy +[0-9]+(?:,[0-9]+)? ?millio"
)

#: The month's figure alone in the last clause, named by the month or (of income) the pay: ". a
#: havi 131", ", nekem a hónap 142 nálam", ". havonta 166 el", ", 240 a fizu" (a figure after
#: the trade's rates of :data:`_A_TRADES_RATE_HU`; not an item's, "havi 90 a lakbér").
_THE_MONTHS_FIGURE_IN_THE_LAST_CLAUSE_HU = re.compile(
    r"[,.;!?] (?:(?:nekem|nalam|nalunk|igy|szoval|es|de|na) )?(?:a |az )?"
    r"(?:havi|honap\w*|havonta|havonkent)(?: (?:kiadas\w*|koltes\w*|nalam|nekem|kb\.?))? "
    r"~?[0-9]+(?: ?(?:ezer|e|ft)\b)?(?: (?:nalam|nekem|nalunk|el|megy el|megy|jon|van))?\W*$|"
    r"[,.;!?] (?:kb\.? )?[0-9]+(?: ?(?:ezer|e|ft)\b)? (?:a |az )?(?:fizu|fizum|fizetes\w*|"
    r"ber\w*|kereset\w*)\W*$"
)


def _without_a_trades_rates_hu(folded: str) -> str:
    """``folded`` with all blanked before the month's figure said alone in the last clause (see
    :data:`_THE_MONTHS_FIGURE_IN_THE_LAST_CLAUSE_HU`), when a rate of one's trade is said before
    it: "20 kifli egy nap, 8 óra. a hónap 151 nálam" is 151, not the count and the hours added."""
    last = _THE_MONTHS_FIGURE_IN_THE_LAST_CLAUSE_HU.search(folded)
    if not last or not _A_TRADES_RATE_HU.search(folded, 0, last.start()):
        return folded
    return " " * (last.start() + 1) + folded[last.start() + 1 :]


#: A part said to be in the whole, the whole after it: "3 szerviz is benne, 187", "a rezsi is
#: benne van, 205" (the part, counted or priced, is no second figure to add).
_A_PART_IN_IT_THEN_THE_WHOLE_HU = re.compile(
    r"\bis benne(?: van)?[,.;:] (?:kb\.? |osszesen )?(?=[0-9]+(?: ?(?:ezer|e|ft)\b)?\W*$)"
)


#: A figure typed by mistake, the one meant said after: "150-et írtam? 180-at akartam", "90et
#: írtam, 96 akartam" (the first is no answer).
_A_FIGURE_TYPED_THEN_THE_ONE_MEANT_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? ?(?:irtam|irtam be|gepeltem)\b"
    r"(?=[^0-9]{0,20}[0-9]+[^0-9]{0,8}\b(?:akartam|akartam irni|szerettem volna)\b)"
)


#: A hundreds word typed glued to the tens in digits: "háromszáz40", "kétszáz5" (half the figure
#: in words, half in digits: 340, 205).
_HUNDREDS_WORD_GLUED_TO_DIGITS_HU = re.compile(
    r"\b(egy|ket|harom|negy|ot|hat|het|nyolc|kilenc)?szaz([0-9]{1,2})(?![0-9.,])"
)

#: The hundreds counted by the word of :data:`_HUNDREDS_WORD_GLUED_TO_DIGITS_HU`.
_HUNDREDS_BY_WORD_HU = {
    "egy": 1, "ket": 2, "harom": 3, "negy": 4, "ot": 5, "hat": 6, "het": 7, "nyolc": 8,
    "kilenc": 9,
}  # fmt: skip


def _hundreds_and_digits_hu(match: re.Match[str]) -> str:
    """The figure of a match of :data:`_HUNDREDS_WORD_GLUED_TO_DIGITS_HU`, padded to its place."""
    hundreds = _HUNDREDS_BY_WORD_HU.get(match[1] or "egy", 1)
    return str(hundreds * 100 + int(match[2])).ljust(len(match[0]))


#: A figure, then "maybe" another, none taken: "170 talán 185", "220, talán inkább 240" (which
#: one is not said; "…, a 290 biztos" takes one and is read as before).
_A_FIGURE_OR_MAYBE_ANOTHER_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*| ?e\b)?,? (?:de |vagy )?talan (?:inkabb |meg |mar )?"
    r"[0-9]+(?![0-9])"
)

#: One of the figures said to be sure: "a 290 biztos", "az biztos" (not "nem vagyok biztos").
_ONE_OF_THEM_SURE_HU = re.compile(r"\b(?:a|az) (?:[0-9]+ )?(?:az )?biztos")


#: A figure said for a few months together, alone: "3 hónapra 450", "2 hóra 300" (the month's is
#: not said; not a term beside a month's figure, "4 hónapra, havi 275").
_A_FIGURE_FOR_MONTHS_TOGETHER_HU = re.compile(
    r"(?<![0-9.,])(?:[2-9]|1[0-2]) ?(?:honapra|hora)\b[^0-9]{0,20}(?<![0-9.,])[0-9]{2,}"
)


#: A bound said after its figure, the exact figure after it: "a 200-at nem éri el, 187", "250
#: ha kerekítem, pontosan 246" (the bound or the round figure is no second figure).
_A_BOUND_OR_ROUNDED_THEN_THE_EXACT_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:nem eri el|nem haladja meg|"
    r"(?:ha )?kerekit\w*)\b(?=\W{1,3}(?:de |na |szoval )?(?:pontosan |kb\.? )?[0-9])"
)


def _a_tenth_among_thousands_hu(numbers: list[Number], folded: str) -> list[Number]:
    """``numbers`` with the one figure below ten said with a decimal comma ("bérlet 9,5") read in
    thousands when every other figure of the list (two at least) is read in thousands: "lakás 95
    + rezsi 31 + bérlet 8,5 + kaja 55" is 8 500 for the pass, an item of the same list. Alone, or
    beside figures said in forints, "2,4" may be millions as well and is left as said; an engine
    ("1.4-es benzines", "1,6-os dízel") is no money."""
    tenths = [
        n
        for n in numbers
        if not n.scaled
        and "," in folded[n.start : n.end]
        and not folded.startswith("-", n.end)
        and n.value is not None
        and 1 <= n.value < 10
        and n.value != n.value.to_integral_value()
        and n.value * 10 == (n.value * 10).to_integral_value()
    ]
    if len(tenths) != 1 or len(numbers) < 3 or sum(n.scaled for n in numbers) < len(numbers) - 1:
        return numbers
    tenth = tenths[0]
    return [
        dataclasses.replace(n, value=tenth.value * 1000, scaled=True)
        if n is tenth and tenth.value is not None
        else n
        for n in numbers
    ]


#: The size of a rise or a fall to come, said "by" a figure ("-tel", "-zal", "ezerrel") with
#: when it comes: "januártól emelik a lakbért 12-vel", "jövő hónaptól 20 ezerrel nő", "márciustól
#: 10-zel csökken" (the month asked is today's; the change is heard again when it comes). Group 1
#: or 2 is that figure. Not a figure it rises "to" ("130-ra emelik": see the rules for changes).
_A_CHANGE_BY_A_FIGURE_TO_COME_HU = re.compile(
    r"\b(?:\w+tol|jovore|majd)\b[^0-9,.;!?]{0,40}?"
    r"(?:(?:emel|dragul|csokk)\w*|nonek|no|megy fel)\b[^0-9,.;!?]{0,30}?"
    r"(?<![0-9])([0-9]+(?: ?ezer)?-?(?:t|sz|z|c|r|v|k)?(?:al|el))\b|"
    r"\b(?:\w+tol|jovore|majd)\b[^0-9,.;!?]{0,20}?"
    r"(?<![0-9])([0-9]+(?: ?ezer)?-?(?:t|sz|z|c|r|v|k)?(?:al|el))\b[^0-9,.;!?]{0,6}"
    r"(?:(?:emel|dragul|csokk)\w*|nonek|no|megy fel)\b"
)

#: The words one of :data:`_A_CHANGE_BY_A_FIGURE_TO_COME_HU`'s matches has.
_WORDS_OF_A_CHANGE_HU = ("emel", "dragul", "csokk", " no", "megy fel")


def _without_a_change_by_a_figure_to_come_hu(folded: str) -> str:
    """``folded`` with the figure of a rise or fall to come blanked, said by how much after
    today's figure (:data:`_A_CHANGE_BY_A_FIGURE_TO_COME_HU`): "most 165, februártól emelik
    12-vel" is 165 (not the two added). Only where a figure is said before the change."""
    for change in _A_CHANGE_BY_A_FIGURE_TO_COME_HU.finditer(folded):
        if _A_FIGURE_HU.search(folded, 0, change.start()):
            group = 1 if change.start(1) >= 0 else 2
            start, end = change.start(group), change.end(group)
            folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


#: A partner's pay named right before its figure: "a párom 320", "a férjem nyugdíja 198", "a
#: feleségemé 240", "az élettársam kb 300".
_A_PARTNERS_PAY_BEFORE_HU = re.compile(
    r"\b(?:a |az )?(?:parom|ferjem|felesegem|elettarsam)(?:e|nak)?(?: [^\W\d]+)?(?: kb\.?)? $"
)

#: The cardholder's own pay named right before its figure: "én 220", "én gyeden 245", "az enyém
#: 165", "a bérem 255", "az én nyugdíjam 198", "fizu 270", "a fizetésem kézhez 243", a benefit:
#: "nyugdíj 150", "a gyed 170";
#: a helper's "nyugdíja 160" or "a fizetése 240" only where the message opens with it (no one
#: else is named whose pay it could be); the own work named, then its pay pointed at: "a
#: pékségben dolgozom, az 160 ezer".
_THE_OWN_PAY_BEFORE_HU = re.compile(
    r"(?:^|[ ,;])(?:en(?: [^\W\d]+)?|az enyem|(?:a |az )?(?:berem|fizetesem|fizetes|fizum|fizu|"
    r"nyugdij(?:am)?|keresetem|(?:gyed|gyes|csed|tappenz)(?:em)?))(?: kezhez| netto)?(?: kb\.?)? $|"
    r"\bdolgozom,? (?:az|ez|abbol|ebbol)(?: kb\.?)? $|"
    r"^(?:a |az )?(?:nyugdija|fizetese|bere|keresete|(?:gyed|gyes|csed|tappenz)(?:je|e))"
    r"(?: kb\.?)? $"
)

#: The two added up before the last figure: "együtt 575", "összesen 600", "a kettő együtt 480".
_BOTH_ADDED_BEFORE_HU = re.compile(r"\b(?:egyutt|osszesen|kozosen)\b[^0-9]{0,12}$")

#: A partner's name, the gate of :func:`_own_pay_beside_a_partners_hu`.
_PARTNER_WORDS_HU = ("parom", "ferjem", "felesegem", "elettarsam")


def _whose_pay_hu(folded: str, start: int) -> str | None:
    """Whose pay the figure at ``start`` is said to be, by the words right before it: a
    partner's (:data:`_A_PARTNERS_PAY_BEFORE_HU`), the own (:data:`_THE_OWN_PAY_BEFORE_HU`) or
    neither (``None``)."""
    lo = max(0, start - 30)
    if _A_PARTNERS_PAY_BEFORE_HU.search(folded, lo, start):
        return "partner"
    if _THE_OWN_PAY_BEFORE_HU.search(folded, lo, start):
        return "own"
    return None


def _said_with_thousands_hu(folded: str, number: Number) -> bool:
    """Whether ``number`` is said with a word of thousands ("400 ezret", "250e", "1,2 millió"),
    not as a bare figure."""
    return any(c.isalpha() for c in folded[number.start : number.end])


def _own_pay_beside_a_partners_hu(folded: str, numbers: list[Number]) -> Number | None:
    """At income, the cardholder's own pay said beside a partner's, each named right before its
    figure: "a feleségem 300, én 210", "a fizum 230, a férjem 340" (the own pay is the one asked;
    the partner's is context). With a figure named neither way, or a bare own figure beside the
    partner's said in thousands, nothing is settled here."""
    if len(numbers) != 2 or not any(w in folded for w in _PARTNER_WORDS_HU):
        return None
    whose = [_whose_pay_hu(folded, n.start) for n in numbers]
    if sorted(w or "" for w in whose) != ["own", "partner"]:
        return None
    own, theirs = numbers[whose.index("own")], numbers[whose.index("partner")]
    if _said_with_thousands_hu(folded, theirs) and not _said_with_thousands_hu(folded, own):
        return None  # "a férjem 400 ezret keres, én 200-at": 200 what, beside thousands?
    return own


def _without_the_couples_whole_hu(folded: str) -> str:
    """``folded`` with the couple's whole blanked when it is said last as the sum of the own pay
    and a partner's, each named before its figure: "a bérem 230, a párom 340, összesen 570"
    (the whole is no pay of the cardholder's; the own is then read beside the partner's by
    :func:`_own_pay_beside_a_partners_hu`). The sum must hold, in thousands as said."""
    figures = list(_A_FIGURE_HU.finditer(folded))
    if len(figures) != 3:
        return folded
    first, second, whole = figures
    both = _BOTH_ADDED_BEFORE_HU.search(folded, max(0, whole.start() - 24), whole.start())
    if both is None:
        return folded
    parts = sum(_in_thousands_hu(_a_figures_value_hu(f[0])) for f in (first, second))
    if parts != _in_thousands_hu(_a_figures_value_hu(whole[0])):
        return folded
    whose = sorted(_whose_pay_hu(folded, f.start()) or "" for f in (first, second))
    if whose != ["own", "partner"]:
        return folded
    return folded[: both.start()] + " " * (whole.end() - both.start()) + folded[whole.end() :]


#: Nothing coming in now from a side source, named by where it comes from: "a piacról most
#: semmi nem jön", "az albérlőből semmi", "nem jön semmi a fuvarokból".
_NOTHING_FROM_A_SIDE_SOURCE_HU = re.compile(
    r"\b(?:a |az )?[^\W\d]+(?:bol|rol)(?: (?:most|jelenleg|mostanaban|egyelore|mar|meg))? "
    r"semmi(?:t)?(?: (?:sem|se|nem) (?:jon|hoz|folyik be))?\b|"
    r"\b(?:nem|sem|se) jon (?:be )?semmi (?:a |az )?[^\W\d]+(?:bol|rol)\b"
)
#: The same said of what brings it, after the own figure: "a gyed 170, a webshop most semmit nem
#: hoz" (before it, "a bolt nem hoz semmit, de a nyugdíj 120" is left as it was read); also of
#: what pays, its article or ending left off as a learner writes: "nyugdíj 52 ezer, bolt most
#: nem fizet semmi" (not a word that names no source: "de most nem hoz semmit").
_A_SIDE_SOURCE_BRINGING_NOTHING_HU = re.compile(
    r"\b(?:(?:a|az) )?(?!(?:en|o|de|es|meg|most|mar|is|ez|az|a|ami|ez|mert|ha)\b)[^\W\d]+"
    r"(?: (?:most|jelenleg|mostanaban|egyelore|mar|meg))? "
    r"(?:semmit (?:sem |se |nem )?(?:hoz|fizet)|nem (?:hoz|fizet) semmit?)\b"
)


def _without_nothing_from_a_side_source_hu(folded: str, words: str, number: Number) -> str:
    """At income, ``words`` without a "nothing" said of a side source when the figure is the
    own pay named right before it ("a nyugdíjam 160 ezer, a piacról most semmi nem jön": the
    pension is the income, the market brings nothing). A nothing of a person is left: "a
    férjem 300, én semmit" is read elsewhere."""
    if _whose_pay_hu(folded, number.start) != "own":
        return words
    if ("hoz" in folded or "fizet" in folded) and _A_SIDE_SOURCE_BRINGING_NOTHING_HU.search(
        folded, number.end
    ):
        words = _A_SIDE_SOURCE_BRINGING_NOTHING_HU.sub(" ", words)
    return _NOTHING_FROM_A_SIDE_SOURCE_HU.sub(" ", words)
