"""Amounts said beside the answer, as its context, in English, Hungarian and Chinese.

Asked for one amount, a cardholder often gives others with it: what the plan asks ("you want
250, I can do 100", "你们那个方案每月四千我还不起, 两千吧"), what is too much ("150 is too much for
me, 65?"), a number taken back ("45 not 54", "是800不是8000", "80. no 70"), what it used to be
("2500, used to be 3200", "两千三, 上个月是两千六"), and, as the reason, what they earn or spend
("i earn 2300 but 900 goes on rent" asked for income; "i earn 1200 and rent is 700 so maybe 100"
asked for an offer; "rezsi 60 a fizetés 310", "30 ezer, többet nem tudok 250-ből").
:func:`settled_beside` finds the one amount left when all the others are such context. Whenever
more than one amount is left, or a choice is said ("100 or 120"), it finds none, and the amount
is asked again: money is never guessed. :func:`costs_beside_income` finds the costs said beside
incomes listed, which are no part of their sum.

The text given is normalised and folded, as :mod:`dialogs.understanding.rules` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from dialogs.understanding.rules.text import ByScript, regex, spans_of

__all__ = [
    "RISEN_TO",
    "TAKEN_OFF",
    "WITH_THE_USUAL_EXTRAS",
    "adds_another_income",
    "costs_beside_income",
    "settled_beside",
]


class _Said(Protocol):
    @property
    def value(self) -> Decimal | None: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def not_monthly(self) -> bool: ...


def _words(*patterns: str) -> re.Pattern[str]:
    # (led by their first letters: a long message is read in a third of the time, the same
    # matches found)
    return regex("|".join(f"(?:{p})" for p in patterns))


def _words_by_script(*patterns: str) -> ByScript:
    # As _words, read without the words that need a character outside ASCII where the message
    # has none (the Chinese ones: they match nowhere in it, so every match is the same): a
    # message in English or Hungarian is read in about half the time.
    return ByScript.regex("|".join(f"(?:{p})" for p in patterns))


#: Right before an amount taken back or set aside: "not 54", "instead of 150", "不是8000".
_REJECTED_BEFORE = regex(
    r"(?:\bnot(?: the| even)?|\binstead of(?: the)?|\brather than(?: the)?|\bless than(?: the)?|"
    r"\bcompared to(?: the)?|\b(?:up|down) from|\bwent (?:up|down) from|不是|而不是|从|"
    # "20 000 Ft, nem 2000": taken back (not "80, nem, 70", "20e.. ja nem 26e")
    r"(?<!\bja )(?<!\bjaj )(?<!\bjah )(?<!\bah )(?<!\bhopp )\bnem(?! ?[,.;:!?-]))"
    r"\W{0,2}(?:[$€£¥] ?)?$"
)
#: Right after an amount taken back: "80. no 70", "310... nem várj", "两千? 不行", "410 a month,
#: no way", "到手三千, 不对, 三千二" (said wrong: the take-home figure is the one after it), also
#: with why between, "到手五千二, 不对, 今年绩效调了, 从三月份开始是四千八".
_REJECTED_AFTER = re.compile(
    r"^(?: ?(?:a month|per month|monthly|quid|pounds?|元|块))?(?:\W{0,3}|\.{3} (?=nem,? varj\b))"
    r"(?:no\b(?! (?:more|less|problem))|nah\b|nope\b|not (?:a chance|happening|possible)\b|"
    r"nem\b(?! (?:tobb|kevesebb|gond|baj|szamol\w*|szamit\w*|beleertve))(?! ?[0-9])|helyett\b|"
    r"不行|不够|不可能|太多|太高|还不起|还不了|不对\W{0,3}(?:是|就是|应该是)?(?=[0-9一二两三四五六七八九十])|"
    r"不对\W{1,3}(?=[^.;!?\u3002]{0,22}?(?:是|变成|调成|调到|改成|成了)[0-9一二两三四五六七八九]))"
)
#: What the plan or the bank asks.
_PLAN = (
    r"\byou(?:'re| are)? (?:want|wanted|ask|asked|asking|show|showed|shown|suggest\w*|quoted|"
    r"said|offer\w*|expect\w*)\b",
    # (not the cardholder's own "i'll offer 70": "there's 2,400 left, i'll offer 70 a month")
    r"\b(?:plan|option|quote)s?\b",
    r"(?<!\bi )(?<!\bi'll )(?<!\bill )(?<!\bi'd )(?<!\bid )(?<!\bcan )(?<!\bcould )(?<!\bwill )"
    r"(?<!\bwould )(?<!\bto )(?<!\bwe )\boffers?\b",
    r"\btoo (?:much|high|steep|expensive|big|dear|pricey|many)\b",
    r"\b(?:can'?t|cannot|could ?n'?t) (?:do|afford|manage|pay|stretch)\b", r"\bno way\b",
    r"\bway too\b", r"方案", r"要我还", r"你们(?:要|说|给)", r"太多", r"太高", r"还不起", r"还不了",
    r"负担不起",
    r"\btul (?:sok|magas|draga|nagy)\b", r"\b(?:terv|ajanlat|opcio)\w*",
    r"\b(?:kernek|kerik|kernenek|kertek|akarnak)\b",
)  # fmt: skip
#: What comes in.
_INCOME = (
    r"\b(?:earn\w*|income|wages?|salary|salaries|pay ?(?:check|packet|slip)|take home|"
    r"get paid|paid)\b", r"\bpension\b", r"\bbenefits?\b",
    r"\b(?:coming|comes|come|brings?|bringing) (?:in|home)\b",
    # (not the pay a debt's payment is taken out of: "每个月从工资里扣五百" is the payment)
    r"工资(?!(?:里|中)?(?:直接|每月|每个月)?扣)", r"收入", r"挣", r"赚", r"月薪", r"薪水", r"到手",
    r"\b(?:fizetes|fizu|kereset|keresek|keres|jovedelm|nyugdij|munkaber|segely|gyes|gyed)\w*",
    r"(?<=[0-9])(?: ?(?:ezer|e|k))?-?b[oe]l\b",  # "250-ből": what it comes out of
)  # fmt: skip
#: What goes out.
_SPENDING = (
    r"\b(?:rent|mortgage|bills?|council tax|food|groceries|spend\w*|outgoings|goes on|go on|"
    r"costs?)\b", r"房租", r"房贷", r"生活费", r"开销", r"花(?:销|掉|在)", r"水电",
    r"房东", r"租给我",  # the landlord's: "房东租给我的房子每月两千" is rent paid
    r"\b(?:rezsi|alberlet|lakber|kaja|koltok|koltunk|koltes|kiadas|torleszt|hitel|berlet)\w*",
    # money sent to family: "i send 400 home", "50-et hazaküldök", "每个月寄两千回老家"
    r"\bsend(?:s|ing)? (?:\w+ )?(?:home|back home)\b", r"\bhaza ?(?:kuld|utal)\w*",
    r"寄", r"汇(?:回|给|钱|款)",
    # money given to family: "我每个月6000, 还要给父母1000"
    r"给(?:父母|爸妈|我妈|我爸|家里|老家|老人|孩子)",
)  # fmt: skip
#: What it was before: said of the amount that is no longer the answer.
_BEFORE = (
    # (not "the rent is the same as last year": an item unchanged, its figure unsaid)
    r"\bused to\b", r"\bearlier\b", r"(?<!\bsame as )\bbefore\b(?! (?:tax|deductions))",
    r"\bpreviously\b", r"(?<!\bsame as )\blast (?:month|year|time)\b", r"\bi said\b",
    r"\boriginally\b",
    r"\bwas (?=[$€£]?[0-9][0-9.,]* (?:until|till|before)\b)",  # "75, was 50 until the rate went up"
    # (not "上个月开始涨到四千一": since last month, what it is now; nor "上月又涨到五千二": a
    # raise last month, in force since)
    r"之前", r"以前", r"上个?月(?!开始|起|又?(?:涨|升|调|加)到)", r"去年", r"原来", r"本来",
    # the first of several raises, another said after it: "第一回涨到三千六 后来又涨到三千九"
    r"第一[次回](?=(?:涨|升|调|加)到)",
    # before what changed it: "公司倒闭前是7500", "离职前一个月八千"
    r"(?:倒闭|关门|离职|辞职|失业|下岗|裁员|被裁|出事|生病|住院|换工作|跳槽|退休)(?:之)?前",
    r"\b(?:regen|korabban|elotte|azelott|eddig|tavaly\w*)\b",
    # (not "a volt férjemtől": the former husband)
    r"\bvolt\b(?! (?:ferj|feleseg|par|elettars|barat|fonok|munkahely|kolleg|lakotars|ceg|apos|"
    r"anyos|sogor)\w*)",
)  # fmt: skip
#: Rent said to come in, not to go out: a room let, a lodger ("a kiadott szobáért kapok", "收租"),
#: an allowance towards it ("300 housing benefit", "30 lakhatási támogatás", "房租补贴500").
_RENT_RECEIVED = _words(
    r"\bkiad(?:ott|om|juk|tam)\b", r"\balberlo\w*", r"\blodgers?\b", r"\btenants?\b",
    r"\blet(?:ting)? out\b", r"\bsublet\w*", r"租出去", r"收租", r"出租",
    r"收房租", r"房租收(?!据)", r"租给(?!我)",  # "次卧租给一个护士 每月八百" (not "房东租给我的")
    # a thing let named between: "i rent my garage out for 85", "rents the box room out"
    r"\brent(?:s|ing)? (?:my|the|our|a|his|her|their) (?:\w+ ){0,2}out\b(?! of\b)",
    # a room let to guests: "i rent the box room on airbnb", "rent out the spare room"
    r"\b(?:on|through|via) airbnb\b", r"\brent(?:s|ing)? out\b(?! of\b)",
    r"\bhousing (?:benefit|allowance|element)\b", r"\brent (?:allowance|subsidy)\b",
    r"\blakhatasi (?:tamogatas|potlek)\w*", r"\blakber-? ?(?:tamogatas|hozzajarulas)\w*",
    r"(?:房租|租房|住房)补(?:贴|助)", r"(?:房租|租金)收入",
)  # fmt: skip
#: What is owed in all, beside an offer: "40. i know the balance is 3,100", "我知道欠款一万二".
_OWED_IN_ALL = (
    r"\b(?:the )?balance\b", r"\bi owe\b", r"\btartozas\w*", r"欠款", r"余额", r"一共欠",
)  # fmt: skip
#: Money put aside, said beside an income: "一个月大概能存1000, 工资5000", "i save about 100".
_SAVED = (
    r"\bsav(?:e|es|ed|ing)\b", r"\bput (?:away|aside)\b", r"\bspor(?:olok|olni|olunk)\b",
    r"\bfelre ?(?:teszek|rakok)\b", r"(?:能|可以|每月|每个月)?(?:存|攒)(?:下|了)?",
    # a balance held, no pay: "医保卡里还有800", "余额300", "in my account i have 200"
    r"(?:卡|账户|帐户|钱包|支付宝|微信)里(?:还|只)?(?:有|剩)", r"余额(?:还有|只有|是|有)?",
    r"\bin (?:my|the) (?:account|bank) (?:i have|there'?s)\b", r"\bbalance(?: is| of)?\b",
    r"\ba szamlamon (?:van|maradt)(?: meg)?\b",
)  # fmt: skip
#: What is left of the income once spent, said beside the spending asked for: "spend 1,160 and
#: earn 1,240, leaves me 80", "每月花三千二, 挣三千五, 剩三百": no part of the spending.
_LEFT_OVER = (
    # (not "剩下的吃饭八百": the rest named as an item with its figure)
    # (not money going out: "1,115 a month is what leaves my account")
    r"\bleaves?(?: me| us)?\b(?! (?:my|the|our|me) (?:account|bank|current account)\b)",
    r"\bspare\b", r"剩(?![下余]?的)(?:下|余)?",
    # (not someone gone: "mortgage 1,050 now that he's left, food 300", "since my husband left")
    # ("all i have left is 80" is money left)
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bhe's )(?<!\bhes )(?<!\bshe's )(?<!\bshes )"
    r"(?<!\bhe has )(?<!\bshe has )(?<!\bthey've )(?<!\bthey have )(?<!\bhusband )(?<!\bwife )"
    r"(?<!\bpartner )(?<!\bhusband has )(?<!\bwife has )(?<!\bpartner has )(?<!\bhubby )"
    r"(?<!\bboyfriend )(?<!\bgirlfriend )(?<!\bfella )"
    # (nor what is spent out of the rest, named with its own figure: "i move 940 into the bills
    # account and food comes out of whats left, about 210")
    r"(?<!\bout of whats )(?<!\bout of what's )(?<!\bout of what is )\bleft(?: over)?\b",
    # "a 280-as fizetésemből a hónap végére 30 ezer marad" (not "amennyi marad": no figure)
    r"(?<!amennyi )(?<!ami )\bmarad(?:t|na)?\b",
)  # fmt: skip
#: A debt's minimum said against what is paid: "i pay 40 even tho the minimum is 25", "60, but
#: the min is 30" (the minimum is no part of the payment).
_A_MINIMUM_BESIDE = (
    # (the word itself the mark, no figure before it nearer: "i pay 40 even tho the minimum")
    r"(?:(?<=\btho )|(?<=\bthough )|(?<=\baltho )|(?<=\balthough )|(?<=\bwhereas )|"
    r"(?<=\bwhile )|(?<=\bwhen )|(?<=\bbut ))(?:the |its |it'?s |their |my )?(?:minimum|min)\b",
)
#: What the cardholder can pay back, said beside the income asked for: "我一个月最多能还五百
#: 工资三千七" (the offer is no income).
_OFFERED_ZH = (r"(?:能|可以|只能|最多|顶多|打算|准备)(?:每个?月|一个月)?还(?:你们)?(?!不)",)
_CONTEXT = {
    "counter": _words_by_script(*_PLAN, *_INCOME, *_SPENDING, *_BEFORE, *_OWED_IN_ALL, *_LEFT_OVER),
    "income": _words_by_script(*_SPENDING, *_BEFORE, *_SAVED, *_OFFERED_ZH),
    "income_with_rent": _words_by_script(*_BEFORE, *_SAVED),
    "expenses": _words_by_script(*_INCOME, *_BEFORE, *_LEFT_OVER),
    "other_debts": _words_by_script(*_INCOME, *_BEFORE, *_A_MINIMUM_BESIDE),
}
#: Said of the amount kept in hand: beside it, a salary said before tax is context.
_TAKE_HOME = _words(
    r"\bin (?:my )?hand\b", r"\btake[- ]home\b", r"\bafter tax\b", r"\bnet\b", r"\bclear\b",
    r"到手", r"实发", r"税后", r"\bkezhez\b", r"\bnetto\w*", r"\btisztan\b",
)  # fmt: skip
#: Another income added to the take-home pay: "GYED 245 ezer nettó és a családi pótlék 26 600",
#: "1,400 after tax plus 200 child benefit", "到手五千 加上补贴八百" (no gross beside it).
_ANOTHER_INCOME_ADDED = _words(
    r"\b(?:es|meg|plusz|valamint) (?:a |az )?(?:csaladi potlek|gyerektartas|gyes|gyed|csed|"
    r"apolasi dij|rokkant\w*|nyugdij\w*|segely\w*|tamogatas\w*)",
    # added with a plus sign (read "and" in a list by then) or said "beside it": "nettó 287e +
    # családi pótlék 25,5e", "a GYED nettó 178, mellette a családi pótlék 26 600"
    r"(?:\+|\band|\bmellette) (?:a |az )?(?:csaladi potlek|gyerektartas|gyes|gyed|csed|apolasi dij|"
    r"rokkant\w*|nyugdij\w*|segely\w*|tamogatas\w*)",
    r"\b(?:and|plus|\+) (?:the |my |a |an )?(?:[$€£]?[0-9][0-9.,]* )?(?:child benefit|"
    r"maintenance|child support|pip|carers? allowance|pension|universal credit|uc|tax credits?)\b",
    r"(?:加上|还有|另外)(?:每月|每个月)?(?:的)?(?:补贴|低保|养老金|退休金|抚养费|生活费)",
)
#: A job one had, said of its pay beside now's money: "csapatvezető voltam 410 nettóval, most
#: álláskeresési járadék, havi 152" (the take-home said of it is no answer either), or a time
#: before now named in the pay's clause: "előtte 400 volt a bérem nettóban", "régen nettó 290".
_A_JOB_ONE_HAD_HU = _words(r"\bvoltam\b", r"\belotte\b", r"\bazelott\b", r"\bregen\b")
#: The cheap words every match of :data:`_A_JOB_ONE_HAD_HU` needs.
_A_JOB_ONE_HAD_WORDS_HU = ("voltam", "elott", "regen")
#: A choice between amounts, an offer in stages ("40 now, 60 from june") or a fraction ("a fizum
#: 2/3-a"): nothing is settled.
_CHOICE = _words_by_script(
    r"\bor\b(?! so\b)", r"\beither\b", r"或者?", r"要么", r"还是(?!.{0,6}(?:稳妥|吧))",
    r"\bfrom (?:next|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b", r"\blater\b", r"\bafterwards\b",
    r"以后", r"之后", r"下个?月(?:起|开始)", r"到时候",
    r"\bvagy\b", r"\bkesobb\b", r"\butana\b", r"\baztan\b", r"[0-9] ?/ ?[0-9]",  # "a fizum 2/3-a"
    r"\b(?:januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|"
    r"november|december|jovo honap)\w*t[oe]l\b"
    # (not the usual month back then, no figure of it: "jövő hónaptól megint a rendes megy")
    r"(?! (?:megint|ujra|ismet|mar) (?:a |az )?(?:rendes|szokasos|regi|normal|megszokott)\b"
    r"[^0-9.;!?]*(?:[.;!?]|$))",
)  # fmt: skip
#: One amount taken off another, the result not said ("1300 minus the 200 the benefit covers",
#: "180 mínusz 20"): no amount is settled; with the take-home said ("减去五险一金到手六千五"), it
#: is. (Written folded: the text read here is.)
TAKEN_OFF = (r"\bminus\b", r"\btake away\b", r"\bminusz\b", r"\blevonva\b", r"减去", r"减掉")
_TAKEN_OFF = _words(*TAKEN_OFF)
#: A whole and its parts ("1500, of which 900 is rent"): left to the reading of parts.
_OF_WHICH = _words(r"\bof which\b", r"\bebbol\b", r"\babbol\b", r"\bamibol\b", r"其中")
_CLAUSE_BREAK = regex(  # (not the mark inside "3,100" or "1.5")
    r"(?<![0-9])[,.]|[,.](?![0-9])|[;!?()\uff0c\u3002\uff1b\uff01\uff1f\uff08\uff09]|"
    r"\b(?:but|so|and then|de|szoval|tehat)\b|"
    r"但是?|不过|所以"
    r"|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
    # a time past leads the clause after a figure in digits: "现在是0 之前一个月七千"
    r"|(?<=[0-9]) (?=以前|之前|原来|过去|本来|那时|当时|去年)"
)


def _clauses(folded: str) -> list[tuple[int, int]]:
    edges = [0]
    for brk in spans_of(_CLAUSE_BREAK, folded):
        edges += brk
    edges.append(len(folded))
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


#: Right after a word of context, what makes it a burden named, no label of a figure: "a gyerekek
#: és a rezsi mellett csak 15 ezret tudnék", "a lakbér miatt csak 20-at" (the offer is no rent).
_A_BURDEN_NAMED_HU = re.compile(r"(?:,? \w+){0,4}? (?:mellett|miatt)\b")


#: Between a word of money and a figure after it, that the money goes on something else, whose
#: figure it is: "30% of my income goes on the rent which is 540", "a fizetésem fele elmegy a
#: lakbérre, 120".
_SPENT_ON_BETWEEN = regex(
    r"\b(?:goes|go|went|going|spent|spend|is spent) (?:on|to|towards|into)\b|"
    r"\belmegy\b|\bmegy el\b|\bmegy ra\b"
)


#: Before a word of costs, that the figure after them is net of them: "after the van costs",
#: "once the costs are out" (with :data:`_EARNED_BETWEEN`).
_AFTER_RIGHT_BEFORE = regex(r"\b(?:after|once|net of)(?: the| my| all(?: the)?)?(?: \w+)? $")


#: Between a word of costs and the figure after it, that the figure is what the person earns
#: net of them: "after the hall costs i'm drawing 1,300", "after costs we clear about 900".
_EARNED_BETWEEN = regex(
    r"\b(?:i|we)(?:'m|'re| am| are|m)? (?:drawing|draw|taking|take|clearing|clear|making|make|"
    r"earning|earn|netting|net|paying (?:myself|ourselves)|pay (?:myself|ourselves))\b"
)


def _marked(folded: str, numbers: Sequence[_Said], words: re.Pattern[str] | ByScript) -> set[int]:
    """The numbers each word of ``words`` is said of: the nearest one in its clause; of two as
    near, the one after it ("1200 工资才五千": the wage is the 5000, as in "rent 700"); none
    where the money is said to go on something after the word ("my income goes on the rent
    which is 540": the rent's figure)."""
    marked: set[int] = set()
    for start, end in _clauses(folded):
        inside = [i for i, n in enumerate(numbers) if start <= n.start and n.end <= end]
        if not inside:
            continue
        for match in words.finditer(folded, start, end):
            if any(numbers[i].start <= match.start() < numbers[i].end for i in inside):
                continue
            if _A_BURDEN_NAMED_HU.match(folded, match.end(), min(end, match.end() + 40)):
                continue  # "a rezsi mellett csak 15-öt tudok": beside the rent, no figure of it
            nearest = min(
                inside,
                key=lambda i: (
                    (numbers[i].start - match.end(), 0)
                    if match.end() <= numbers[i].start
                    else (match.start() - numbers[i].end, 1)
                ),
            )
            after = numbers[nearest].start >= match.end()
            if after and _SPENT_ON_BETWEEN.search(folded, match.end(), numbers[nearest].start):
                continue
            if after and folded.startswith(" plus ", match.end()):
                continue  # "644 from dog sitting last month plus 1,100 from the council job": the
                # word ends the item before, and the one after is added to it
            if (
                after
                and _AFTER_RIGHT_BEFORE.search(
                    folded, max(start, match.start() - 24), match.start()
                )
                and _EARNED_BETWEEN.search(folded, match.end(), numbers[nearest].start)
            ):
                continue  # "after the van costs im drawing 1,300": what is earned net of them
            marked.add(nearest)
    return marked


def adds_another_income(folded: str) -> bool:
    """Whether another income is said to be added to the take-home pay ("nettó 287e + családi
    pótlék 25,5e", or in Hungarian any added and the whole said at the end: "nettó 200, mellette
    takarítás 60, együtt 260"): the take-home is then no answer alone."""
    return _ANOTHER_INCOME_ADDED.search(folded) is not None or (
        ("egyutt" in folded or "osszesen" in folded)
        and _THE_WHOLE_SAID_AT_THE_END_HU.search(folded) is not None
    )


#: In Hungarian, the whole of the pay and what is added to it, said at the end: "…, együtt 260",
#: "…, az 120, összesen 400" (not one's together with another's: "a párommal együtt 480").
_THE_WHOLE_SAID_AT_THE_END_HU = re.compile(
    r"(?<!l )\b(?:egyutt|osszesen|mindosszesen),? (?:kb\.? |kb |nagyjabol )?[0-9][0-9.,]*"
    r"(?: ?ezer\w*| ?e)?(?: ?ft| ?forint)?\W*$"
)


#: "for last month" after every figure, at the message's end: the month they were all said for
#: ("snoop says bills 612 and groceries 398 for last month"), not the old figure beside a new one
#: as in "1200 for last month but 1100 now".
_FOR_LAST_MONTH_AFTER_ALL = re.compile(r"\bfor last month\b(?=\D*$)")


def settled_beside(folded: str, numbers: Sequence[_Said], asked: str) -> int | None:
    """Which of several different ``numbers`` is the answer to ``asked`` ("counter", "income",
    "expenses", "other_debts"), all the others being said as its context (or, offered, per week
    beside it: "25 a week, so call it 100 a month"); ``None`` if no one is. Expenses said per
    week beside others per month are a list, not context: no one of them is the answer."""
    if len({n.value for n in numbers}) < 2 or _CHOICE.search(folded) or _OF_WHICH.search(folded):
        return None  # "a fizetésem 260, ebből 120 a lakbér": a whole and its parts, read apart
    if _TAKEN_OFF.search(folded) and not _TAKE_HOME.search(folded):
        return None  # "1300 minus the 200 the benefit covers": worked out, not said
    aside = {  # taken back, or an offer said per week beside the month's ("25 a week, so 100")
        i
        for i, n in enumerate(numbers)
        if (n.not_monthly and asked == "counter")
        or _REJECTED_BEFORE.search(folded, max(0, n.start - 20), n.start)
        or _REJECTED_AFTER.match(folded[n.end : n.end + 30])
    }
    context = _CONTEXT.get(asked)
    if asked == "income" and _RENT_RECEIVED.search(folded):
        context = _CONTEXT["income_with_rent"]  # the rent is some of the income
    if context is not None:
        # "bills 612 and groceries 398 for last month": the month of them all, no old figure
        said = folded
        if "for last month" in folded:
            said = _FOR_LAST_MONTH_AFTER_ALL.sub(lambda m: " " * len(m[0]), folded)
        aside |= _marked(said, numbers, context)
    if asked == "income" and not adds_another_income(folded):
        had = (
            _marked(folded, numbers, _A_JOB_ONE_HAD_HU)
            if any(w in folded for w in _A_JOB_ONE_HAD_WORDS_HU)
            else set()
        )
        aside |= had
        kept = _marked(folded, numbers, _TAKE_HOME) - had  # (not the take-home of a job one had)
        if (
            len({numbers[i].value for i in kept}) == 1
            and not _risen_since(folded, numbers, kept)
            and not _WITH_THE_USUAL_EXTRAS.search(folded)  # the whole with them said after it
        ):
            aside |= {i for i in range(len(numbers)) if i not in kept}
    left = [i for i in range(len(numbers)) if i not in aside]
    if aside and left and len({numbers[i].value for i in left}) == 1:
        return left[0]
    return None


def _risen_since(folded: str, numbers: Sequence[_Said], kept: set[int]) -> bool:
    """Whether pay is said to have risen to a figure after the take-home one ("2023年到手5500,
    今年涨到6000"): the take-home pay was then, the figure it rose to is now."""
    first = min(numbers[i].end for i in kept)
    return any(
        n.start > first and RISEN_TO.search(folded, max(0, n.start - 12), n.start) for n in numbers
    )


#: The pay with its usual extras put in, said before the whole: "with the usual overtime call it",
#: "with tips its", "plus my commission im on". Beside it, the basic take-home pay said before is
#: no answer: "basic is 1,880 after tax and with the usual overtime call it 2,050".
WITH_THE_USUAL_EXTRAS = (
    r"\b(?:with|plus) (?:the |my |all the |me )?(?:usual |normal |regular )?(?:overtime|ot|tips|"
    r"bonus(?:es)?|commission|extra shifts|shift allowance|enhancements)"
    r"(?: in| included| on top)?,?"
    r" (?:call it|it'?s|its|it is|that'?s|thats|i'?m on|im on|i get|i take home|i clear)"
)
_WITH_THE_USUAL_EXTRAS = regex(WITH_THE_USUAL_EXTRAS)


#: Right before what pay rose to: "涨到6000", "went up to 1,650", "felment 310-re".
RISEN_TO = re.compile(
    r"(?:涨到|涨为|升到|加到|提到|调到)$|\b(?:went|gone|goes|got bumped|bumped|raised|rose|risen) "
    r"(?:up )?to (?:[$€£] ?)?$|\b(?:felment|emelkedett|emeltek(?: meg)?)(?: \w+)? $"
)


def costs_beside_income(folded: str, numbers: Sequence[_Said]) -> set[int]:
    """Which of ``numbers``, said beside an income, are costs ("universal credit 780 and my pip
    412, rent is 650 of course"): no part of the income to add up. Where the rent is let, only a
    loan's payment ("a kiadott garzonért 150, a nyugdíj 209, a garzon hitele 60, az megy ki"):
    the rent is income then."""
    if _RENT_RECEIVED.search(folded):
        return _marked(folded, numbers, _LOAN_PAID)
    return _marked(folded, numbers, _COSTS)


_COSTS = _words(*_SPENDING)
#: A loan's payment, a cost beside a let flat's rent: "a garzon hitele 60", "the mortgage on it".
_LOAN_PAID = _words(r"\b(?:mortgage|loan|torleszt\w*|hitel\w*)\b", r"房贷", r"贷款")
