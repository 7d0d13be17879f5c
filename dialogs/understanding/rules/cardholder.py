"""Whose amount: a message written for the cardholder by someone close, or an amount said to
be someone else's ("it's my wife's card", "but that's his money").
"""

from __future__ import annotations

import re

from dialogs.understanding.rules.text import alternatives, compile_phrases, fold, normalize

#: Written for the cardholder by someone close ("it's my wife's card", "a férjem kártyája",
#: "卡是我老婆的"): the income asked is the cardholder's, not the writer's, and the relative's own
#: illness or job loss is the cause itself, no family emergency.
WRITTEN_FOR_THE_CARDHOLDER = (
    r"\b(?:my )?(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter)'?s "
    r"(?:card|account)\b",
    r"\b(?:he|she|my (?:wife|husband|partner)) (?:is|'s) the (?:cardholder|card holder)\b",
    r"\b(?:feleségem|férjem|párom|anyám|apám|fiam|lányom|élettársam) (?:a )?"
    r"(?:kártyája|kártyatulajdonos)\b",
    r"卡是我(?:老婆|老公|妻子|丈夫|爱人|对象|媳妇|妈|爸|儿子|女儿)的",
    r"我替我?(?:老婆|老公|妻子|丈夫|爱人|对象|媳妇|妈|爸|儿子|女儿)",
    # Said as writing for them: "I'm writing for my dad", "a férjem nevében írok", "帮我妈回复".
    r"\b(?:writing|messaging|replying|answering|texting|typing|speaking|doing this|here) "
    r"(?:for|on behalf of) (?:my |our )\w+",
    r"\b(?:he|she|they)(?:'s| is| are) the (?:card ?holder|account ?holder|one (?:on|with) the "
    r"(?:card|account))\b",
    r"\b(?:it'?s|it is|the card is|this is|this card is) (?:my |our )\w+'s (?:card|account)\b",
    r"^(?:my |our )?\w+'s card\b",
    r"\bnevében (?:írok|írom|irok|intézem|válaszolok|jelentkezem)\b",
    r"\b(?:ő|o) a (?:kártya)?tulajdonos\b", r"\b(?:az ő|az o) kártyája\b",
    r"\bhelyett(?:e|ük) (?:írok|válaszolok|intézem)\b",
    r"(?:替|帮|代)(?:我)?(?:爸|妈|老公|老婆|爱人|父亲|母亲|儿子|女儿|家人|他|她)\S{0,2}"
    r"(?:回|回复|写|说|问|处理|办|操作|弄)",
    r"卡是(?:我)?(?:爸|妈|老公|老婆|爱人|父亲|母亲|儿子|女儿|他|她)\S{0,2}的",
    r"(?:他|她)(?:才)?是(?:持卡人|卡主|主卡人)",
)  # fmt: skip
#: The cardholder's own amount said to be unknown: "no idea how much", "多少我也不清楚".
AMOUNT_NOT_KNOWN = (
    r"\b(?:no idea|not sure|(?:don'?t|dont|do not) know) how much\b",
    r"\bnem tudom (?:pontosan |biztosan )?(?:mennyit|mennyi)\b",
    r"多少(?:我)?(?:也|都)?(?:不清楚|不知道)", r"(?:不清楚|不知道)(?:她|他)?(?:能)?(?:挣|赚)?多少",
)  # fmt: skip
_WRITTEN_FOR_THE_CARDHOLDER = compile_phrases(WRITTEN_FOR_THE_CARDHOLDER)
_AMOUNT_NOT_KNOWN = compile_phrases(AMOUNT_NOT_KNOWN)


def says_cardholders_amount_unknown(text: str) -> bool:
    """Whether someone writing for the cardholder says the cardholder's amount is not known ("my
    wife's card. I earn 2000, she does some cleaning, no idea how much"): the writer's own figure
    is no answer then."""
    folded = fold(normalize(text))
    return bool(_WRITTEN_FOR_THE_CARDHOLDER.search(folded) and _AMOUNT_NOT_KNOWN.search(folded))


#: An amount said to be someone else's or the writer's own, not the cardholder's: "my partner
#: earns 1600 but that's his money", "én 150-et keresek, de az az enyém", "但那是他的钱".
NOT_THE_CARDHOLDERS = (
    r"\bbut (?:that'?s|that is|it'?s|it is) (?:all )?(?:his|hers|her|theirs|mine|my own)"
    r"(?: own)?(?: money| pay| wages?)?\b",
    # the answer said to be only the own: "she gets 180 a week, but i'm only answering for me"
    r"\bbut (?:i'?m|im|i am) only (?:answering|speaking|talking|counting) (?:for |about )?"
    r"(?:me|myself|mine|my own)\b",
    r"\bde (?:az )?az (?:ő pénze|övé|enyém|a sajátom|az ő fizetése)\b",
    r"(?:但|不过|可)(?:那|这)(?:是|都是)(?:他|她|我)(?:自己)?的(?:钱)?",
)  # fmt: skip
#: A partner's pay said to be left out of the figure: "my partner's wage isn't in that", "a párom
#: fizetése nincs benne", "我对象的工资没算在里面". The amount beside it is the cardholder's own.
PARTNERS_PAY_LEFT_OUT = (
    r"\b(?:his|her|their|(?:my )?(?:partner|wife|husband|hubby|spouse|boyfriend|girlfriend)'?s?) "
    r"(?:wages?|pay|salary|income|earnings|money) (?:is ?n'?t|is not|not|aint) "
    r"(?:in (?:that|it|there|this)|included|counted)\b",
    r"\b(?:párom|férjem|feleségem|élettársam|barátom|barátnőm)(?:é| fizetése| keresete| bére|"
    r" jövedelme| pénze) (?:nincs|nem) (?:benne|beleszámolva|beszámolva|számolva)\b",
    r"(?:老公|老婆|丈夫|妻子|爱人|对象|男朋友|女朋友|媳妇)的(?:工资|收入|钱)(?:没|不)"
    r"(?:算|包括|包含|含)(?:在)?(?:里面|里头|内|进去)?",
)  # fmt: skip
_PARTNERS_PAY_LEFT_OUT = compile_phrases(PARTNERS_PAY_LEFT_OUT)
_CLAUSE_BOUND = r"(?:[;。]|[,.](?=\s|$|[\u4e00-\u9fff]))"
_IN_A_CLAUSE = r"(?:[^;。,.]|[,.](?!\s|$|[\u4e00-\u9fff]))"
_NOT_THE_CARDHOLDERS = re.compile(
    rf"(?:^|{_CLAUSE_BOUND}){_IN_A_CLAUSE}*?(?:, ?)?(?:{alternatives(NOT_THE_CARDHOLDERS)})"
    rf"{_IN_A_CLAUSE}*"
)


def without_someone_elses_amount(text: str) -> str | None:
    """The message without the clause of an amount said not to be the cardholder's ("I get 1100,
    my partner earns 1600 but that's his money" is "I get 1100"), or ``None`` if there is none."""
    folded = fold(normalize(text))
    own = _PARTNERS_PAY_LEFT_OUT.sub(" ", folded)  # "1,560, my partner's wage isn't in that"
    if own != folded:
        return own
    found = [*_NOT_THE_CARDHOLDERS.finditer(folded)]
    if not found or found[-1].start() == 0:
        return None
    return folded[: found[-1].start()] + folded[found[-1].end() :]


#: No debt owed, and the money named set aside as no debt: "i have no debt, i send 200 home but
#: that is not a debt", "nincs adósságom, a családnak küldök 50-et, de az nem adósság", "我没有欠
#: 债, 给家里寄1000, 那个不是债". The amount is no payment on a debt: none is owed.
OWES_NOTHING = (
    r"\b(?:i have|i've got|ive got|i got) no (?:other )?(?:debts?|loans?)\b",
    r"\bno (?:other )?debts?(?: at all)?,", r"\b(?:nothing|none) owed\b",
    r"\b(?:nekem )?nincs (?:semmi(?:lyen)? )?(?:más )?(?:adósságom|tartozásom|adósság|tartozás|"
    r"hitelem)\b",
    r"(?:我)?没(?:有)?(?:欠债|欠钱|欠款|外债|别的债)",
)  # fmt: skip
NOT_A_DEBT = (
    r"\b(?:that|it|this|which)(?:'s| is|s)? (?:not|isn'?t|never) (?:a |any )?(?:debt|loan)\b",
    r"\b(?:az|ez) nem (?:adósság|tartozás|kölcsön|hitel)\b",
    r"(?:那|这)(?:个|笔)?(?:不是|不算)(?:债|欠款|借的|借款)",
)  # fmt: skip
_OWES_NOTHING = compile_phrases(OWES_NOTHING)
_NOT_A_DEBT = compile_phrases(NOT_A_DEBT)


def says_money_named_is_no_debt(text: str) -> bool:
    """Whether the message owes no debt and says the money it names is none ("i send 200 home,
    but that is not a debt"): at the other debts that is none, not the amount."""
    folded = fold(normalize(text))
    return bool(_OWES_NOTHING.search(folded) and _NOT_A_DEBT.search(folded))
