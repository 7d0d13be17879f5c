"""Short answers to the dialogue's questions: yes or no, a choice by number, "I don't know",
going back or refusing, temporary or lasting, and the answers at the options, the plan's details
and a missed payment.
"""

from __future__ import annotations

import re
from decimal import localcontext

from dialogs.understanding.rules.intents import REQUEST_AFTER, REQUEST_BEFORE
from dialogs.understanding.rules.months import MONTH_NUMBER_WORDS, MONTH_NUMBER_WORDS_BEFORE_UNIT
from dialogs.understanding.rules.numerals import _CN_NUMERALS, ARITHMETIC, _parse_chinese
from dialogs.understanding.rules.safety import _DISPUTE_DENIED, _OWNS_DEBT
from dialogs.understanding.rules.text import (
    alternatives,
    chinese_characters_in,
    compile_phrases,
    fold,
    is_cjk,
    normalize,
    regex,
    words_only,
)

# ================================================================================================
# Yes, no, and choosing by number
# ================================================================================================

YES_WORDS = (
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "yah", "ok", "okay", "okey", "k", "sure",
    "sure thing", "why not", "of course", "certainly", "definitely", "absolutely", "alright",
    "all right",
    "fine", "good", "great", "correct", "right", "that's right", "true", "agreed", "i agree",
    "i do", "i can", "i will", "sounds good", "go ahead", "please do", "no problem", "no worries",
    "igen", "persze", "jó", "jól van", "rendben", "oké", "okés", "naná", "hogyne", "természetesen",
    "mehet", "egyetértek", "stimmel", "így van", "úgy van", "nem probléma", "nincs gond",
    "semmi gond", "nem gond",
    "是", "是的", "对", "對", "对的", "好", "好的", "可以", "嗯", "行", "没问题", "沒問題",
    "没有问题", "当然", "没毛病", "沒毛病",  # "no fault in it", a colloquial yes
    "當然", "同意", "没错", "沒錯", "不错", "不錯", "就这样", "就這樣", "就这么办", "签了", "行吧",
    "确认", "確認", "确定", "確定", "成交", "就这样办", "就按这个办", "就按这个来",
    "let's do it", "lets do it", "let's do this", "lets do this", "do it", "go for it",
    "let's go", "lets go", "legyen", "legyen így", "rendben van", "confirm", "confirmed", "aye",
    "i confirm", "megerősítem", "jóváhagyom",
    "ye", "yh", "that's ok", "thats ok", "that's fine", "thats fine", "签", "签字", "签了吧",
    "ja", "jaja", "ja igen",
    # getting it done: "absolutely, lets get this done", "abszolút, intézzük el"
    "go on", "sorted", "get it done", "get this done", "let's get it done", "lets get it done",
    "let's get this done", "lets get this done", "let's get it sorted", "lets get it sorted",
    "abszolút", "intézzük el", "csináljuk", "zárjuk le", "vágjunk bele",
    # fine, in Irish English: "yeah grand", "grand so", "that's grand"
    "grand", "grand so", "that's grand", "thats grand",
    # in pinyin, as a heritage writer of Chinese types a yes: "ok sounds good, wo tongyi"
    "tongyi", "wo tongyi", "haode", "hao de", "keyi", "ke yi", "mei wenti", "meiwenti",
)  # fmt: skip
NO_WORDS = (
    "no", "n", "nope", "nah", "not really", "negative", "never", "i don't", "i do not", "i can't",
    "i cannot", "i won't",
    "nem", "nem igazán", "dehogy", "semmiképp", "semmiképpen", "egyáltalán nem",
    "不", "不是", "否", "没有", "沒有", "不要", "不行", "不可以", "不用", "不对", "不對", "不好",
    "没", "沒", "别", "別", "不会", "不會", "不会的", "不會的", "并不是", "当然不是",
)  # fmt: skip
#: Said along with a yes or a no without changing it.
POLITE_WORDS = (
    "please", "pls", "plz", "thanks", "thank you", "thx", "ty", "sir", "madam",
    "köszönöm", "köszi", "kérem", "kérlek", "szépen", "légyszi", "légyszíves",
    "for being understanding", "for being so understanding", "for your understanding",
    "for your patience", "for your help", "a megértést", "a megértésüket", "a türelmet",
    "a segítséget",
    "谢谢", "謝謝", "谢了", "请", "麻烦了", "那就", "那",
    "um", "umm", "uh", "uhh", "erm", "ö", "öö", "那个",  # dictation fillers
    "啊", "吧", "呀", "啦", "了", "呢", "哦", "噢", "喔", "嘛", "的",  # particles
    # a learner's own polite particle beside the answer: Tagalog "yes po", Hindi "igen ji"
    "po", "ji",
)  # fmt: skip


_YES_NO_VOCABULARY: dict[str, bool | None] = {
    **{fold(w): None for w in POLITE_WORDS},
    **{fold(w): False for w in NO_WORDS},
    **{fold(w): True for w in YES_WORDS},
}
_YES_NO_PHRASES = sorted(_YES_NO_VOCABULARY, key=len, reverse=True)
#: A yes or a no is short; a long message is an answer of another kind.
_SHORT_ANSWER = 60
_RESERVATION = regex(r"\b(?:but|however|though|de|viszont|azonban|csak)\b|但是|但|不过|可是|吗|嗎")


def _phrases(text: str, phrases: list[str]) -> list[str] | None:
    """``text`` cut into known phrases, longest first; ``None`` if anything else is left.

    A Latin phrase must end at a word boundary ("no" is not the start of "nope"); Chinese has no
    spaces, so 好的谢谢 is 好的 + 谢谢 and 对不起 ("sorry") does not cut into known phrases.
    """
    found, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        for phrase in phrases:
            if text.startswith(phrase, i):
                after = i + len(phrase)
                if (
                    after < len(text)
                    and not is_cjk(phrase[-1])
                    and text[after].isalnum()
                    and not is_cjk(text[after])
                ):
                    continue
                found.append(phrase)
                i = after
                break
        else:
            return None
    return found


#: Emoji answers.
EMOJI_ANSWERS = {
    "👍": " yes ",
    "👌": " yes ",
    "✅": " yes ",
    "✔": " yes ",
    "👎": " no ",
    "❌": " no ",
}


def read_yes_no(text: str, language: str) -> bool | None:
    """``True`` for a yes, ``False`` for a no, in any of the three languages; ``None`` otherwise.

    The whole message must be made of yes words (yes, y, yeah, ok, sure, igen, persze, jó, 是,
    是的, 对, 好, 可以, 嗯, 👍 …) or of no words (no, n, nope, nem, 不, 不是, 否, 没有, 👎 …),
    with polite words allowed ("yes please", "nem, köszönöm", "好的谢谢"). A mix ("yes no"), a
    reservation ("yes but …", "好吗"), or anything else ("I don't know", "对不起") is ``None``:
    the question is asked again rather than guessed.
    """
    plain = normalize(text)
    for emoji, word in EMOJI_ANSWERS.items():
        plain = plain.replace(emoji, word)
    folded = fold(plain)
    if _RESERVATION.search(folded):
        return None
    words = words_only(folded)
    phrases = _phrases(words, _YES_NO_PHRASES) if len(words) <= _SHORT_ANSWER else None
    if not phrases:
        return None
    answers = {_YES_NO_VOCABULARY[p] for p in phrases} - {None}
    return answers.pop() if len(answers) == 1 else None


ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "első": 1, "második": 2, "harmadik": 3, "negyedik": 4, "ötödik": 5, "hatodik": 6,
    "hetedik": 7, "nyolcadik": 8, "kilencedik": 9, "tizedik": 10,
    "egyes": 1, "kettes": 2, "hármas": 3, "négyes": 4, "ötös": 5, "hatos": 6, "hetes": 7,
    "nyolcas": 8, "kilences": 9, "tízes": 10, "egy": 1, "kettő": 2, "három": 3, "négy": 4,
}  # fmt: skip
#: Said by speech-to-text between the words of an answer: "um the second one uh".
DICTATION_FILLERS = (r"um+", r"uh+", r"erm+", r"ö+", r"嗯+", r"那个")
CHOICE_BEFORE = (
    r"#", r"no", r"nr", r"num", r"number", r"option", r"choice", r"plan", r"the", r"i choose",
    r"i'll take", r"ill take", r"i take", r"i'd like", r"i want", r"i pick", r"i'll go with",
    r"go with", r"(?:i'?m |im )?going (?:with|for)", r"gonna go (?:with|for)", r"choose", r"take",
    r"pick", r"i'll have", r"let's go with", r"lets go with",
    r"az?", r"opció\w*", r"lehetőség\w*", r"választom", r"kérem", r"szeretném", r"a számú",
    r"választanám",  # the choice said in the conditional: "a harmadikat választanám"
    r"ezt", r"legyen", r"akkor",
    r"ill", r"i'?ll go for", r"go for", r"opt", r"i think", r"i guess", r"probably", r"maybe",
    r"szerintem", r"inkább", r"talán", r"nekem", r"i'?d go with", r"id go with", r"let me take",
    r"我选", r"选择", r"选项", r"选", r"我要", r"要", r"方案", r"第", r"就", r"还是",
    r"你(?:们)?(?:发|给|列|说)(?:的|出来的)",  # "你发的第一个"
    *DICTATION_FILLERS,
)  # fmt: skip
CHOICE_AFTER = (
    r"es", r"as", r"os", r"ös", r"est", r"ast", r"ost", r"öst", r"t", r"et", r"at", r"ot", r"öt",
    r"option", r"one", r"please", r"pls", r"thanks", r"thank you",
    r"számú", r"opció\w*", r"lehetőség\w*", r"választom", r"választanám", r"kérem", r"legyen",
    r"个", r"個", r"种", r"種", r"项", r"項", r"号", r"號", r"吧", r"方案", r"选项", r"的", r"谢谢",
    r"i think", r"i guess", r"szerintem", r"lesz", r"az", r"jó lesz", r"then", r"akkor", r"lenne",
    r"sir", r"madam", r"uram", *DICTATION_FILLERS,
    # the choice judged as it is made: "option three sounds best", "the 2nd one looks good to me"
    r"(?:(?:sounds|looks|seems|is|would be)(?: the)? (?:good|best|great|fine|right|ok|okay|"
    r"better|perfect)|works(?: best| better| well)?|suits)(?: (?:to|for) me| me)?",
    # referring back to the list: "the first one you showed", "a másodikat amit küldtél"
    r"(?:that |which )?you (?:showed|sent|listed|gave|offered)(?: me| us)?",
    r"(?:amit|amelyiket|amiket) (?:mutattál|küldtél|írtál|ajánlottál)",
)  # fmt: skip


_CHOICE_RE = re.compile(
    rf"(?:(?:{alternatives(CHOICE_BEFORE)}) ?)*"
    rf"(?:(?P<digits>[0-9]{{1,3}})|(?P<word>{alternatives(ORDINAL_WORDS)})|(?P<chinese>[{_CN_NUMERALS}]{{1,3}}))"
    rf"(?: ?(?:{alternatives(CHOICE_AFTER)}))*"
)
_ORDINALS = {fold(word): value for word, value in ORDINAL_WORDS.items()}


def read_choice_number(text: str, count: int) -> int | None:
    """The number of a listed option, 1-based; ``None`` unless it is between 1 and ``count``.

    "2" (full-width too), "#2", "option 2", "2.", "the second one", "a kettes", "第二个", "方案2".

    The message must be the choice and nothing else, so an amount ("2000") or a decimal ("2.5")
    is not taken for an option.
    """
    folded = fold(normalize(text))
    if len(folded) > 60 or re.search(r"[0-9][.,][0-9]|^-", folded):
        return None
    match = _CHOICE_RE.fullmatch(words_only(folded))
    if match is None:
        return None
    if match["digits"]:
        number = int(match["digits"])
    elif match["word"]:
        number = _ORDINALS[match["word"]]
    else:
        with localcontext(ARITHMETIC):
            chinese = _parse_chinese(match["chinese"], "zh")
        if (
            chinese is None
            or chinese.value is None
            or chinese.value != chinese.value.to_integral_value()
        ):
            return None
        number = int(chinese.value)
    return number if 1 <= number <= count else None


_OPTION_NAMED = re.compile(
    r"\b(?:option|opt|number|no\.?|nr|num|choice|plan|opcio\w*|lehetoseg\w*|valasztas)"
    r" ?(?:#|no\.? ?|number )?([0-9]{1,2})\b(?![.,][0-9]| ?(?:k|e|ezer\w*|[$€£¥]|ft|months?|"
    r"honap\w*|payments?|reszlet\w*)\b)"
    r"|\b([0-9]{1,2})(?:\.|-?(?:as|es|os|ik|s))? ?(?:option|opcio\w*|lehetoseg\w*|szamu)\b"
    r"|(?:第|方案|选项|选)([0-9])(?![0-9])"
)


def read_option_named(text: str, count: int) -> int | None:
    """An option named by its number inside a longer message: "lets do number 6", "option 4 the
    hardship", "a 3-as opciót kérném", "我要方案2那个"; ``None`` unless between 1 and ``count``."""
    found = {
        int(next(group for group in match.groups() if group))
        for match in _OPTION_NAMED.finditer(fold(normalize(text)))
    }
    return found.pop() if len(found) == 1 and 1 <= min(found) <= count else None


# ================================================================================================
# "I don't know"
# ================================================================================================

DONT_KNOW = (
    r"\b(?:i )?(?:don'?t|do not|dunno) know\b", r"\bdunno\b", r"\bidk\b", r"\bnot sure\b",
    r"\bno idea\b", r"\bno clue\b", r"\bunknown\b", r"\bunsure\b", r"\buncertain\b",
    r"\bnot certain\b", r"\bhard to (?:say|tell)\b", r"\bwho knows\b", r"\bcan'?t (?:say|tell)\b",
    # the same in the conditional: "couldn't say yet", "honestly couldnt tell you"
    r"\b(?:couldn'?t|could not) (?:really |honestly )?(?:say|tell)\b(?! (?:no|yes)\b)",
    r"\bnot known\b", r"\bno way (?:to|of) knowing\b",
    r"\bhave ?n'?t (?:got )?(?:a|the) (?:clue|foggiest|faintest)\b", r"\bnot a clue\b",
    r"\bcould be (?:\w+ ){1,2}(?:or )?could be\b", r"\bhow (?:would|should|do) i know\b",
    r"哪知道", r"怎么知道", r"天知道",
    r"不知道", r"不确定", r"說不準", r"说不准", r"不清楚", r"不好说", r"说不好", r"很难说", r"难说",
    r"难讲", r"難說", r"没准", r"不一定", r"还不知道", r"谁知道", r"没(?:有)?头绪", r"说不上来",
    # Cantonese: "唔知", "讲唔准", "睇下点" (we'll see how it goes)
    r"唔知", r"(?:讲|講|说|說)唔(?:准|準|定)", r"睇(?:下|吓)(?:点|點)",
    r"(?:心里|完全|根本|一点)?没(?:有)?(?:数|谱)(?!字)",
    r"\bnem ?tudom\b(?! (?:ki|be|vissza|meg)?fizetni\b)", r"\bnem tudni\b", r"\bfogalmam sincs\b",
    # a helper's, for the cardholder or both: "nem tudjuk, az orvos se mond semmit", "ő se
    # tudja" (not "nem tudja kifizetni", "nem tudjuk elfogadni": what they cannot do)
    r"\b(?:nem|se|sem) ?(?:tudjuk|tudja)\b(?! (?:\w+ )?\w+ni\b)",
    r"\bgőzöm (?:sincs|sem)\b", r"\b(?:ötletem|sejtelmem|elképzelésem) (?:sincs|sem|nincs)\b",
    # "not even that" known, no clause of what is not known after it: "azt se tudom, senki nem
    # szól" (not "azt se tudom, miből fizessem a rezsit")
    r"\b(?:azt|ezt) (?:én )?(?:se|sem) tudom\b"
    r"(?!,? (?:mi|mit|miből|hogy|hogyan|hova|kinek|kitől)\b)",
    r"看[^ ]{0,8}(?:续不续|签不签|成不成|行不行|要不要|批不批|给不给|招不招|开不开)",
    r"\bnem biztos\b",
    r"\bbizonytalan\w*", r"\bnehéz megmondani\b", r"\bki tudja\b", r"\bnem lehet tudni\b",
    r"\bmég nem tudni\b", r"\bpassz\b", r"\btalán\b", r"\blehet,? hogy\b", r"^lehet$",
    r"^(?:maybe|perhaps|possibly|could be|we'?ll see)$", r"\bmaybe,? maybe not\b",
    r"^(?:也许|或许|可能吧|可能|看情况|走着瞧)$", r"\bmajd (?:kiderül|meglátjuk)\b",
    r"\b(?:it )?depends (?:on|if|whether|when)\b", r"^(?:it )?depends$", r"\battól függ\w*",
    r"^要看", r"取决于", r"看(?:能不能|是否|情况)",
    # up to something else, or asked again after an appointment or a hearing: "az algoritmuson
    # múlik", "ask me again after my appointment", "等劳动仲裁开完庭再说吧"
    r"\bmúlik\b", r"\bup to the (?:algorithm|app)\b",
    r"\bask (?:me )?(?:again )?(?:after|once|when)\b", r"\bask me again\b",
    r"\bkérdez\w* (?:meg )?(?:újra|később|majd|akkor)\b",
    r"等[^\u3002,.]{1,14}再说", r"(?:之后|以后)再(?:说|问)",
    r"\b50 ?[/-]? ?50\b", r"\bfifty[- ]?fifty\b", r"\bfifti[- ]?fifti\b", r"一半一半", r"五五开",
    # Either answer possible: "could go either way", "bármelyik lehet", "两种都有可能".
    r"\b(?:could|might|may|can) go either way\b", r"\b(?:either|both) (?:is|are|could be) "
    r"(?:possible|likely|on the cards)\b", r"\b(?:either one|both),? (?:really|honestly)\b",
    r"\b(?:mindkettő|bármelyik|mindkét (?:eset|válasz)\w*) (?:lehet|lehetséges|elképzelhető)\b",
    r"\bez is,? az is (?:lehet|előfordulhat)\b",
    # (not a figure that may be reached: "到时候一个月七八千都有可能")
    r"(?:两种|两个|哪种|哪个|(?<![0-9一二两三四五六七八九十百千万块元]))都有?可能",
    r"也许是也许不是",
)  # fmt: skip
_DONT_KNOW = compile_phrases(DONT_KNOW)


#: Not knowing what the question means or how to answer it: a call for help, not an answer.
QUESTION_NOT_UNDERSTOOD = (
    r"\b(?:don'?t|do not|dunno) (?:know|understand|get) (?:what (?:this|that|it|you) means?|"
    r"what you mean|how to answer|what to (?:answer|say|put|type))\b",
    r"\bnem (?:tudom|értem),? (?:hogy )?(?:mit jelent|mit kell|mire gondol|hogy(?:an)? "
    r"válaszolj)\w*",
    r"不(?:知道|明白|懂)(?:该|要|应该)?(?:怎么|如何)(?:回答|答|选|填)",
    r"不(?:知道|明白|懂)(?:这|你)?(?:是)?什么意思",
    r"不(?:知道|明白|懂)(?:你们?|这)(?:在)?(?:问|说|写)的(?:是)?(?:什么|啥)",
)  # fmt: skip
_QUESTION_NOT_UNDERSTOOD = compile_phrases(QUESTION_NOT_UNDERSTOOD)


def says_dont_know(text: str) -> bool:
    """An honest "I don't know" (when will income recover?) is an answer, not a failure; not
    knowing what the question means is not one."""
    folded = fold(normalize(text))
    return bool(_DONT_KNOW.search(folded)) and not _QUESTION_NOT_UNDERSTOOD.search(folded)


#: "Don't know" named as the answer to put down, after a story and whatever months it holds: "你就
#: 给我写个不知道吧", "我只能说不知道", "让我报几个月 报了也是瞎报" (the doctor's six months or a
#: wait of three are the story; no month is given).
_DONT_KNOW_AS_THE_ANSWER = regex(
    r"(?:写|填|记|选|算)(?:个|上|成)?(?:不知道|不确定|说不准|说不好)"
    r"|(?:只能|不如|还是)说(?:个)?(?:不知道|说不准|说不好|不确定)"
    r"|(?:说|报|填|写)了也是瞎(?:说|报|猜|填|写)"
    # any count named a guess: "现在跟你讲几个月都是瞎猜", "说多久都是瞎蒙"
    r"|(?:说|讲|报|填|写)(?:几个月|多久|多少个?月|哪个月)(?:都|也)(?:是|只能是)?瞎(?:说|报|猜|填|写|蒙)",
    read_often=False,
)


def says_dont_know_as_the_answer(text: str) -> bool:
    """Whether "don't know" is named as the answer to put down (:data:`_DONT_KNOW_AS_THE_ANSWER`):
    it stands over the months the story names."""
    folded = fold(normalize(text))
    return ("不" in folded or "瞎" in folded) and bool(_DONT_KNOW_AS_THE_ANSWER.search(folded))


#: "Never" said as the other end of a time: "could be 3 months could be never", "3 hónap, vagy
#: talán soha", "三个月 也可能永远好不了", or "longer" with no end: "也许半年 也许更久". When
#: income recovers is not known.
MAYBE_NEVER = (
    r"\b(?:or|maybe|could be|might be|possibly|perhaps|or maybe|or even|if ever)(?: even)? never\b",
    r"\b(?:vagy|talán|lehet,? hogy|lehet|akár|vagy akár|vagy talán|ha egyáltalán) "
    r"(?:soha|sose|sosem)\b",
    r"(?:也可能|或者|也许|或许|说不定)(?:就)?(?:永远|一辈子)",
    # or longer, no end said: "也许半年 也许更久" (not "也许更久一点, 七八个月": an end after it)
    r"(?:也可能|或者|也许|或许|说不定)(?:还|会|还会|要)?更久"
    r"(?![^.;!?\u3002]{0,6}[0-9一二两三四五六七八九十半几])",
)  # fmt: skip
_MAYBE_NEVER = compile_phrases(MAYBE_NEVER)


def says_maybe_never(text: str) -> bool:
    """Whether a time is said with "never" as its other end: no number of months to take."""
    return bool(_MAYBE_NEVER.search(fold(normalize(text))))


#: A "maybe" said only of when it ends, after a plain yes: "igen, új termet keresek, talán
#: márciusban", "yes po, maybe by spring" (the drop is said to be temporary; only its end is
#: hedged). Read at the temporary question only.
_A_MAYBE_ON_WHEN = regex(
    r"\b(?:talan|lehet,? hogy|maybe|perhaps) (?:mar |csak |by |in )?(?:(?:januar|februar|"
    r"marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|november|december)\w*|"
    r"jovore|tavas\w*|nyar(?:on|ra)|osz(?:szel|re)|telen|jovo (?:het|honap|ev)\w*|"
    r"(?:egy|ket|par|nehany|[0-9]+) (?:het|honap)\w*|january|february|march|april|june|july|"
    r"august|september|october|november|december|spring|summer|autumn|next (?:month|year))\b",
    read_often=False,
)


def without_a_maybe_on_when(text: str) -> str:
    """``text`` (folded) without a "maybe" said only of when (:data:`_A_MAYBE_ON_WHEN`)."""
    folded = fold(normalize(text))
    return _A_MAYBE_ON_WHEN.sub(" ", folded)


# ================================================================================================
# Going back, refusing
# ================================================================================================

#: The whole message asks to go back (give or take "please", "ok", "kérem", "吧").
BACK_PHRASES = (
    r"(?:go |take me |bring me |let'?s go |lets go |please go )?back(?: to (?:the )?"
    r"(?:options?|list|plans?|menu|start|previous))?",
    r"prev(?:ious)?(?: step| page| screen| menu)?", r"undo", r"(?:go |take me )?back a step",
    r"back,? (?:i )?(?:chose|picked|pressed|clicked|hit) (?:the )?wrong(?: one| button| thing)?",
    r"return(?: to (?:the )?(?:options?|list|plans?))?",
    r"(?:show me |see |let me see |i want to see |what are )?(?:the )?(?:other|others|rest|"
    r"other (?:options?|plans?|ones?))(?: again)?",
    r"(?:mutasd |nézzük |lássuk )?(?:a )?(?:többit|többi(?: terv\w*| lehetőség\w*| opció\w*)?|"
    r"más lehetőség\w*|másik(?:at)?)",
    r"(?:看看|看|换)(?:别的|其他的?|其它的?)(?:方案)?", r"换一个", r"换个(?:方案)?",
    r"előző(?: oldal| lépés| oldalra)?", r"previous page",
    r"mégse(?:m)?", r"inkább nem", r"never ?mind", r"forget it", r"算了(?:吧)?",
    r"hagyjuk(?: ezt)?", r"felejtsük el",
    r"nem ez(?:t)?(?: kell| kérem| lesz)?(?: nekem)?", r"not this(?: one| plan)?(?: please)?",
    r"ezt (?:inkább )?nem(?: kérem| szeretném| választom)?",
    r"不要这个(?:方案)?", r"不是这个",
    r"vissza(?: (?:a|az) (?:lehetőségekhez|listához|listára|tervekhez|menübe|elejére|opciókhoz|"
    r"ajánlatokhoz))?",
    r"vissza(?:megyek|mennék|térnék|térek)",
    r"menjünk vissza", r"lépjünk vissza", r"visszalép\w*", r"vissza ?lép\w*",
    r"返回(?:方案列表|列表)?", r"回去(?:看(?:看)?方案)?", r"后退", r"退回",
    r"(?:回|回到|退回|退到|返回|返回到)?(?:上一步|上一页|前一步|前一页|上一个?页面|上个页面)",
    r"回到(?:方案)?列表", r"(?:回|返回)(?:到)?方案(?:列表)?",
)  # fmt: skip
#: Going back asked inside a sentence ("hmm i dont know an amount, go back", "i wanna see the
#: other plans first", "inkább megnézem még egyszer a terveket", "我想回去再看看那几个方案"):
#: where no amount is said, the answer at the own-amount question.
BACK_IN_A_SENTENCE = (
    r"\bgo(?:ing)? back\b(?! to (?:work|my|the job|school|normal|paying|full|college|uni))",
    r"\btake me back\b", r"\bback to (?:the )?(?:options?|list|plans?|menu)\b",
    r"\b(?:see|show me|look at|check|view|pick|choose|have a look at|go with) (?:one of )?"
    r"(?:the |those |your |all )?(?:other|others|previous|different)"
    r"(?: (?:ones?|plans?|options?))?\b",
    r"\b(?:see|show me|look at|check|view) (?:the |those |your )?(?:plans|options|list)"
    r"(?: again| first)?\b",
    r"\b(?:the )?(?:list|plans|options) again\b",
    r"\bvisszalép\w*", r"\bvissza ?lép\w*", r"\bvissza(?:megyek|mennék|térnék|térek)\b",
    r"\bmenjünk vissza\b",
    r"\bvissza (?:a |az )?(?:ajánlatokhoz|lehetőségekhez|tervekhez|opciókhoz|listához)\b",
    r"\bvissza (?:akarok|szeretnék|kell|kéne|kellene) (?:menni|lépni|térni)\b",
    r"\bmegnéz\w* (?:még egyszer |újra |inkább )?(?:a )?"
    r"(?:terveket|lehetőségeket|opciókat|listát)\b",
    r"\b(?:a )?(?:terveket|lehetőségeket) (?:még egyszer|újra)\b",
    r"\b(?:mutasd|mutassa|mutasson|mutassátok|mutassák) (?:meg )?(?:újra |még egyszer |ismét )?"
    r"(?:a |az )?(?:csomag|terv|lehetőség|opció|ajánlat)\w*",
    r"回去", r"退回", r"返回", r"(?:再)?看看?(?:那几个|其他的?|别的|之前的?)方案", r"方案列表",
    # Not this one: "not that one", "嗯, 不是这个".
    r"\bnot (?:this|that) one\b", r"不是这个(?:方案|计划)?(?:吧|啦)?$",
    # Another plan to be seen again: "can I look at the interest free one again", "inkább újra
    # megnézném a 6 hónaposat", "我想再看一下24期的".
    r"\b(?:see|look at|check|view|compare|go over) (?:the |that |those )?(?!this\b)"
    r"(?:[\w-]+ ){0,3}(?:one|plan|option|offer)s? again\b",
    r"\b(?:még egyszer|újra|inkább) (?:meg)?néz\w* (?:a |az )?(?:[0-9]+[ -]?)?"
    r"(?:hónapos|havi|részletes|kamatmentes|másik|többi|opció|terv|lehetőség|ajánlat)\w*",
    r"\b(?:meg)?néz\w* (?:még egyszer|újra) (?:a |az )?(?:[0-9]+[ -]?)?"
    r"(?:hónapos|havi|részletes|kamatmentes|másik|többi|opció|terv|lehetőség|ajánlat)\w*",
    r"(?:再|重新)(?:看看?|看一下|瞧瞧)(?:那个)?[0-9一二两三四五六十]+(?:期|个月)",
    # The options wanted in view again: "újra látni akarom az opciókat", "再看一下方案".
    r"\b(?:látni|megnézni|látnám|megnézném|átnézni) (?:akarom |szeretném |szeretnem )?(?:újra |"
    r"még egyszer |ismét )?(?:a |az )?(?:opció|terv|lehetőség|ajánlat|csomag)\w*",
    r"\b(?:újra|még egyszer|ismét) (?:látni|megnézni|átnézni) (?:akarom |szeretném )?(?:a |az )?"
    r"(?:opció|terv|lehetőség|ajánlat|csomag)\w*",
    r"(?:再|重新)(?:看看?|看一下|瞧瞧)(?:那些|这些|你们的)?(?:方案|选项)",
)  # fmt: skip
_BACK_IN_A_SENTENCE = compile_phrases(BACK_IN_A_SENTENCE, read_often=False)


#: Going back to the plans said with where to ("vissza az ajánlatokhoz", "back to the offers",
#: "回到方案"): the offers named are where to go, no own offer.
_BACK_TO_THE_PLANS = regex(
    r"\bvissza (?:a |az )?(?:ajanlatokhoz|lehetosegekhez|tervekhez|opciokhoz|listahoz)\b|"
    r"\b(?:go |take me )?back to (?:the |your )?(?:offers?|options?|plans?|list)\b|"
    r"回到(?:那些|之前的?)?(?:方案|选项)"
)


def says_back_to_the_plans(text: str) -> bool:
    """Whether going back to the plans is said with where to: "vissza az ajánlatokhoz"."""
    return bool(_BACK_TO_THE_PLANS.search(fold(normalize(text))))


def says_back_in_a_sentence(text: str) -> bool:
    """Whether going back to the plans is asked somewhere in the message."""
    return bool(_BACK_IN_A_SENTENCE.search(fold(normalize(text))))


#: Time asked to think a plan over or to ask someone first ("let me sleep on it and ask my
#: wife", "átgondolom", "我考虑一下"): not this plan yet, so back to the plans. Said of the future
#: only: "átgondoltam, ezt választom" has been thought over.
THINKS_IT_OVER = (
    r"\blet me (?:think|have a think|sleep on it|talk (?:to|with)|ask|check with)\b",
    r"\bthink (?:about )?it over\b", r"\bsleep on it\b",
    r"\b(?:need|want|have|got) to (?:think|ask|talk (?:to|with)|check with)\b",
    r"\b(?:ask|talk to|check with) (?:my )?(?:son|daughter|wife|husband|partner|mum|mom|dad|"
    r"family|kids|brother|sister)\b(?: \w+){0,3} first\b",
    r"\bátgondol(?:om|nám|juk|nánk)\b", r"\bát kell gondol\w*", r"\bgondolkod(?:om|nék|nom|ok)\b",
    r"\bmeggondol(?:om|nám)\b",
    r"\b(?:megkérdez|megbeszél)(?:em|ném|nem)\b (?:\w+ )?(?:a |az )?(?:fiam|lányom|férjem|"
    r"feleségem|párom|családdal|családom|anyám|apám|gyerekeim|testvérem)\w*",
    r"(?:考虑|考慮)(?:一下|下|考虑|考慮)", r"再想想", r"想一下", r"想一想",
    r"(?:问问|问一下|商量一下|商量商量)",
    # A night to sleep on it: "hadd aludjak rá egyet", "让我考虑一晚上", "睡一觉再说".
    r"\b(?:alsz(?:om|ok)|aludj(?:ak|unk)|aludn(?:ék|ánk)|aludni) (?:még )?(?:rá|rajta) egyet\b",
    r"\b(?:give me|need|let me have) (?:a|one|the) night\b",
    r"(?:考虑|考慮)(?:一|几|两)?(?:晚上?|天|宿)", r"想(?:一|几|两)(?:晚上?|天|宿)",
    r"睡一觉再(?:说|决定|定|答复|回复)",
)  # fmt: skip
_THINKS_IT_OVER = compile_phrases(THINKS_IT_OVER)


def says_think_it_over(text: str) -> bool:
    """Whether the cardholder asks for time to think the plan over or to ask someone first."""
    return bool(_THINKS_IT_OVER.search(fold(normalize(text))))


#: Words that keep a "yes" from being an agreement: a no, a wait, a question, a condition, a
#: change of mind. An agreement must be unambiguous, so any of them reads as "not yet".
REFUSAL_WORDS = (
    # en
    r"\bno\b(?! (?:problem|problems|worries|doubt|issue)\b)", r"\bnope\b", r"\bnah\b",
    r"(?<!why )\bnot\b", r"n't\b",
    r"\b(?:dont|cant|wont|isnt|didnt|doesnt|havent|arent|wouldnt|couldnt)\b",
    r"\bnever\b", r"\bwait\b",
    # (not said to someone in the room while dictating: "hold on Sam, I'm on the phone. yes i
    # agree", "hang on mum, yes i accept")
    r"\b(?:hold|hang) on\b(?!,? (?:\w+,? )?i'?m on the phone\b)"
    r"(?!,? (?:mum|mam|mom|dad|kids|babe|baby|darling|sweetheart)\b)",
    r"\bback\b", r"\bcancel\w*", r"\bdecline\w*", r"\breject\w*",
    r"\brefuse\w*", r"\bdisagree\w*", r"\blater\b", r"\bthink\b", r"\bmaybe\b",
    r"\bperhaps\b", r"\bchange\w*", r"\bother\b", r"\banother\b", r"\bdifferent\b",
    r"\bbut\b", r"\bif\b", r"\bunless\b", r"\bonce (?:my|i|i'?ve|the|we|it|he|she)\b",
    r"\bstop\b", r"\bunsure\b", r"\bhmm+\b",
    r"\berm+\b", r"\bum+\b", r"\buh+\b",
    r"\bexpensive\b", r"\bfirst\b", r"\byet\b", r"\?", r"\bi guess\b", r"\bi suppose\b",
    r"\btoo (?:high|much|expensive|steep|big|dear)\b", r"\btúl (?:sok|magas|drága|nagy)\b",
    r"\bprobably\b", r"\bsleep on it\b", r"\bidk\b", r"\bdunno\b", r"\brather\b", r"\bprefer\w*",
    r"\bstill (?:thinking|deciding|mulling)\b",  # "still thinking about it"
    # time asked for, or more than expected: "need a day to check my budget"
    r"\bneed (?:a|some|more|another|a few|a couple of) (?:days?|weeks?|time|moment|while|"
    r"minutes?|hours?)\b", r"\bgive me (?:a|some|until|till|another|a few|a couple)\b",
    r"\bmore than i (?:thought|expected|hoped|budgeted|planned)\b",
    # a condition set on the yes: "yes, as long as the first payment is in january"
    r"\bas long as\b", r"\bprovided (?:that|you|the|it|i)\b", r"\bon condition\b",
    r"\bassuming\b",
    # hu
    r"\bnem\b(?! (?:probléma|gond)\b)", r"\bne\b", r"\bnincs\b(?! (?:gond|probléma)\b)",
    r"\bmégse\w*", r"\bvárj\w*", r"\bvárjunk\b", r"\bgondolkod\w*",
    # (not a going back already done, to pick the plan: "a 6-ost, amit visszalépve választottam")
    r"\bvissza(?!(?:menve|mentem|lépve|léptem)\b)\w*",
    r"\bmeggondol\w*", r"\bmás\w*", r"\begyik\b", r"\bde\b", r"\bha\b", r"\bkésőbb\b",
    r"\bmódosít\w*", r"\bváltoztat\w*", r"\bhelyett\b", r"\btalán\b",
    r"\bdrága\b", r"\belőbb\b", r"\bsoha\b", r"\bgondolom\b", r"\bazt hiszem\b",
    r"\bkell (?:egy|még|pár|néhány|kis) (?:nap|idő|hét|perc|óra)\w*", r"\bhogy átnézzem\b",
    # still being read over, by the cardholder or a helper: "még átnézi a lányom", "még
    # átolvassuk este"
    r"\bmég (?:\w+ )?(?:átnéz|átolvas|elolvas|tanulmányoz)(?:i|em|zük|ik|juk|om|ük)\b",
    r"\b(?:adj|adjon|adjanak|adjatok) (?:egy|pár|még|néhány|időt)\w*",
    r"\btöbb,? mint (?:amire|amit|ahogy) (?:számítottam|gondoltam|vártam)\b",
    r"\bvalószínűleg\b", r"\binkább\b(?! (?:elfogadom|igen|ezt|ez|jó|ez a jó))",
    r"\bmeg kell (?:\w+ )?beszél\w*", r"\bmegbeszél(?:em|nem|ném|jük)\b",
    r"\b(?:meg)?nézném\b", r"\bfeltéve\b", r"\bamennyiben\b", r"\bcsak akkor\b",
    # zh
    r"不(?!错|錯)", r"没(?!有?(?:什么|啥)?问题|有?問題|有?意见|有?意見|毛病)",
    r"沒(?!問題|意見|毛病)",
    r"别", r"別", r"等",
    r"返回", r"回去",
    r"换", r"換", r"再想", r"想想", r"考虑", r"考慮", r"但", r"如果", r"吗", r"嗎", r"算了", r"先",
    r"其他", r"别的", r"改", r"取消", r"拒绝", r"拒絕", r"贵", r"貴", r"犹豫", r"猶豫", r"呢",
    r"给我(?:一|两|几)?(?:天|点时间|些时间|时间|几天)", r"算算", r"(?:过|等)(?:一|两|几)天",
    # more than expected, not better: "比我想的贵" (not "比我想的好多了", "比预想的顺利")
    r"比(?:我)?(?:想的|想象的|预想的|预期的|预计的)(?!(?:要|还)?(?:好|顺利|容易|简单|轻松|快))",
    r"看看", r"还是想",
    r"只要", r"前提", r"要是", r"除非", r"条件是", r"(?<![说讲])的话",
    # to read it again first: "我得回家再仔细看一遍", "otthon még átolvasom"
    r"回家再", r"再(?:仔细|好好|认真)?(?:看|读)(?:一|两)?(?:遍|下)",
    r"\bátolvas(?!tam\b|tuk\b)\w*",  # (not "átolvastam, elfogadom": read through already)
    r"\b(?:read|go over) (?:it|this|them|the \w+) (?:again|properly|through)\b",
)  # fmt: skip

#: Said before "back" without changing it: "ok go back", "mégis vissza", "还是返回吧".
BACK_FILLERS = (
    r"ok", r"okay", r"actually", r"no", r"nah", r"never ?mind", r"hmm+", r"sorry", r"then",
    r"eh+", r"uh+", r"um+", r"erm", r"well", r"just", r"wrong button", r"oops", r"mis ?click\w*",
    r"rossz gomb", r"elnyomtam", r"按错了",
    r"oké", r"mégis", r"mégse", r"inkább", r"akkor", r"na", r"nem", r"jó", r"bocs\w*", r"hát",
    r"好", r"那", r"还是", r"先", r"算了", r"不了", r"不要了", r"我要", r"我想",
)  # fmt: skip
_REQUEST_NOISE = rf"(?:(?:{alternatives((*REQUEST_BEFORE, *BACK_FILLERS))}) ?)*"
_BACK = re.compile(
    rf"{_REQUEST_NOISE}(?:{alternatives(BACK_PHRASES)})(?: ?(?:{alternatives(REQUEST_AFTER)}))*"
)
_REFUSAL = compile_phrases(REFUSAL_WORDS)


def says_back(text: str) -> bool:
    """The whole message asks to go back: "back", "go back to the options", "vissza", "返回"."""
    return _BACK.fullmatch(words_only(fold(normalize(text)))) is not None


#: A yes said last, after a reservation ("drága a kamat, de elfogadom", "nem értek egyet, de
#: nincs választásom, igen elfogadom"): the reservation is given up, the agreement accepted.
_GRUDGING_YES = re.compile(
    r"\bde\b[^?]*[,.;!]? ?"
    r"(?:(?:igen|rendben|jo|ok|oke|hat|akkor|megis|vegul is|nincs (?:mas )?valasztasom|"
    r"tartozom|tudom)\W+)*"
    r"(?:elfogadom|vallalom|alairom|benne vagyok)\W*$"
)
_CONDITION_OR_DOUBT = regex(
    r"\?|\bha\b|\bfeltev\w*|\bnem (?:fogadom|vallalom|irom)\b|\bnem tudom\b|\bnem biztos\b|"
    r"\bhogy (?:elfogadom|vallalom|alairom)\b|\bmeg ?gondol\w*|\bkesobb\b|\bvarj\w*"
)


def says_grudging_yes(text: str) -> bool:
    """Whether the message ends on a plain yes after "de" with a reservation before it ("drága a
    kamat, de elfogadom"), with no condition, question or doubt anywhere in it."""
    folded = fold(normalize(text))
    clause = re.split(r"[,.;!]|\bde\b", folded)[-1]
    return bool(
        _GRUDGING_YES.search(folded)
        and not _CONDITION_OR_DOUBT.search(folded)
        and re.fullmatch(
            r"\W*(?:(?:igen|rendben|jo|ok|oke|hat|akkor|megis|vegul is)\W+)*"
            r"(?:elfogadom|vallalom|alairom|benne vagyok)\W*",
            clause,
        )
    )


#: A complaint, then a plain yes after "but": "not thrilled about the fees but yes i agree",
#: "违约金太狠了, 不过行吧, 我同意". The yes must be the whole last clause and name the
#: agreement; the complaint before it may hold a "not" but no agreement word, question, wait or
#: other plan.
_BUT = regex(r"\b(?:but|though|however)\b|不过|但是|可是|但|算了")
_PLAIN_YES_AFTER = re.compile(
    r"\W*(?:(?:yes|yeah|yep|ok|okay|fine|alright|sure|fair enough|go on then)\W+)*"
    r"(?:i (?:do |will |'?ll )?)?(?:agree|accept|sign)"
    r"(?: (?:to )?(?:it|this|that|the (?:plan|terms|agreement|offer)))?"
    r"(?:\W+(?:thanks|thank you))?\W*"
    r"|\W*(?:(?:行吧|好吧|好的|好|行|可以|那|现在|这次)\W*)*(?:这个|这份)?(?:方案|协议|计划)?"
    r"(?:我)?(?:同意|接受|签)(?:了|吧|啦)*\W*"
)
_NOT_A_COMPLAINT = re.compile(
    r"\b(?:agree\w*|accept\w*|sign\w*|wait|hold on|later|yet|first|back|other|another|"
    r"different|change\w*|cancel\w*|if|unless|maybe|think\w*)\b|\?"
    r"|同意|接受|签|等|再想|考虑|换|其他|别的|先|如果|吗|呢|返回|回去"
)


#: A plain yes, then a complaint after "but" about what the plan costs: "yes i agree, but the
#: interest is a rip off". The complaint must name a cost and hold no "not", condition or wait
#: ("i agree but not at that interest" still is no agreement).
_A_COMPLAINT_ON_THE_COST = regex(
    r"\b(?:fees?|interest|charges?|robbery|rip ?off|extortion\w*|scandal\w*|disgrace\w*)\b"
)
_NOT_A_COMPLAINT_AFTER = regex(
    r"\bnot\b|n't\b|\b(?:no|never|dont|cant|wont|only|lower\w*|reduce\w*|less|must|should|"
    r"ha(?:ve|s) to|need\w*|drop\w*|remov\w*|waiv\w*|tak\w* off)\b"
)


def _agrees_after_a_complaint(folded: str) -> bool:
    found = list(_BUT.finditer(folded))
    if not found:
        return False
    head, tail = folded[: found[-1].start()], folded[found[-1].end() :]
    if (
        len(found) == 1
        and _PLAIN_YES_AFTER.fullmatch(head) is not None
        and _A_COMPLAINT_ON_THE_COST.search(tail)
        and not _NOT_A_COMPLAINT.search(tail)
        and not _NOT_A_COMPLAINT_AFTER.search(tail)
    ):
        return True  # "yes i agree, but your fees are daylight robbery"
    return (
        _PLAIN_YES_AFTER.fullmatch(tail) is not None
        and not _REFUSAL.search(tail)
        and not _NOT_A_COMPLAINT.search(head)
    )


#: An aside the cardholder says is unrelated to the agreement: its "but" or "没" is no refusal
#: ("I agree. I complained about something else, but that's separate", "de az külön ügy",
#: "跟这个没关系").
_UNRELATED_ASIDE = regex(
    r"\b(?:but )?(?:that'?s|thats|that is|it'?s|its|it is) (?:a )?(?:completely |totally |"
    r"entirely )?(?:separate|unrelated|a (?:different|separate|whole other) (?:matter|issue|"
    r"thing|story))\b(?: (?:from|to) (?:this|that|the agreement))?"
    r"|\b(?:but )?(?:nothing|not) to do with (?:this|that|the (?:plan|agreement))\b"
    r"|\b(?:de )?(?:az|ez) (?:egy )?(?:teljesen )?(?:kulon|masik) (?:dolog|ugy|tema|kerdes)\b"
    r"|\b(?:de )?(?:annak|ennek) (?:semmi )?(?:koze|kozel) (?:sincs|nincs) (?:ehhez|ahhoz)\b"
    r"|(?:但|不过)?(?:跟|和|与)(?:这个|这|此)(?:事)?(?:没有?|无)关(?:系)?"
    r"|\begy masik (?:ugy|dolog|tema)\w*|(?:别的|其他的?|其它的?)事(?:情)?"
    # An apology, or asking where to sign: "不好意思给你们添麻烦了, 我同意", "where do i sign?".
    r"|不好意思|对不起|對不起|对不住"
    # or for the wait, in a dialect: "歹势让你们等这么久", "唔好意思 等咗咁耐"
    r"|歹势|歹勢|唔好意思|(?:让|讓|要)(?:你们|你哋|你|您)(?:久)?等(?:了|咗)?(?:这么|那么|咁|很|好)?(?:久|耐)"
    r"|(?:让|讓)(?:你们|你哋|你|您)久等"
    r"|\bwhere (?:do|can|should|shall) i sign(?: it| this| up)?\b ?\??"
    r"|\bhol (?:kell )?(?:irjam|irom) ala\b ?\??"
    r"|(?:在)?哪(?:里|儿)?签(?:字|名)?(?:呢|啊)?\s*\??"
    # Thanks for what was not done: "thanks for not making me feel stupid".
    r"|\b(?:thanks|thank you|cheers|ta) (?:\w+ )?for not\b"
)
#: Fillers of a dictated message ("um yes I agree to that"): no hesitation beside an agreement
#: said in so many words (alone, "um" or "erm" still is one).
_DICTATION_FILLER = regex(r"\b(?:um+|uh+|erm+|er|ö+)\b")
_AGREEMENT_SAID = regex(
    r"\b(?:i|mi) (?:fully |do |hereby )?(?:agree|accept)\b|\belfogad(?:om|juk)\b|\begyetertek\b|"
    r"^\W*(?:yes|yeah|yep|ok|okay|alright|fine|sure)\W+(?:agree|accept)(?:ed)?\b|"
    r"\bbeleegyezem\b|同意|接受"
)


#: The plan read through already, told before an agreement said in words ("read it properly on
#: the bus home, yes i agree", "went over it again last night, i accept"): no wait to read it
#: first (still one when it is to come: "i'll read it again, i agree" or "need to go over it").
_READ_THROUGH_ALREADY = regex(
    r"(?<!\bto )(?<!'ll )(?<!\bill )(?<!will )(?<!gonna )(?<!\blet me )(?<!must )(?<!should )"
    r"(?<!need )(?<!wanna )(?<!can )(?<!could )(?<!going )"
    r"\b(?:read|went over|gone over|looked (?:at|over)) (?:it|this|them|the (?:plan|terms|papers|"
    r"agreement))(?: all)? (?:again|properly|through)\b"
    r"(?=(?:(?! first\b| later\b| tonight\b| tomorrow\b)[^?])*"
    r"\bi (?:fully |do )?(?:agree|accept)\b)",
    read_often=False,
)
#: A fee or a term shrugged off beside an agreement said in words ("the admin fee doesn't bother
#: me, i agree", "a kezelési díj nem érdekel, elfogadom", "手续费无所谓, 我同意"): no refusal.
_SHRUGGED_OFF = regex(
    r"\b(?:doesn'?t|does not|don'?t|do not) (?:bother|worry|trouble) me\b"
    r"|\b(?:i )?(?:don'?t|do not) mind (?:the|that|this|it|paying)\b|\bnot bothered (?:about|by)\b"
    # eager, or sarcastic, and agreeing all the same: "i accept, can't wait", "can't wait to be
    # done with it"
    r"|\b(?:can'?t|cannot) wait(?:\W*$| to (?:be|get) (?:done|rid|clear|free|shot)\b)"
    r"|\bnem (?:erdekel|zavar|izgat)\b|无所谓|不在乎|不介意"
    # nerves said with the agreement, and settled: "nervous but its right", "izgulok, de ez a jó"
    r"|\b(?:(?:a bit|bit|a little|quite|so) )?(?:nervous|anxious|scared|worried)\W{0,3}"
    r"(?:but|though)\W{0,3}(?:it'?s|its|this is|that'?s|thats) (?:right|the right \w+|good|fine)\b"
    r"|\b(?:(?:kicsit|nagyon) )?(?:izgulok|felek|aggodom)\W{0,3}de (?:ez|az) (?:a )?(?:jo|helyes)\b"
    r"|(?:有点|有些|挺)?(?:紧张|害怕|担心)\W{0,3}(?:但是?|不过)(?:这样)?(?:是)?(?:对的|没错|就这样)"
    # a Cantonese closing word after it: "得 同意 就咁先" (its "先" is no "first")
    r"|就(?:咁|噉)(?:先|啦|喇|吧)?\W*$"
    # no other choice, said with the agreement: "同意吧 也没别的办法", "i agree, not like i have
    # a choice", "elfogadom, nincs más megoldás"
    r"|\b(?:i )?(?:have|got|had) no (?:other )?(?:choice|option)\b"
    r"|\b(?:there'?s|theres|there is) no other (?:way|option|choice)\b"
    r"|\bnot like i(?:'ve| have)? (?:got )?(?:a|much|any) choice\b"
    r"|\bnincs (?:mas |jobb )?(?:valasztas\w*|megoldas\w*|lehetoseg\w*)\b"
    # (another way named: a bare "没办法" is "cannot", as in "同意 可是我没办法每个月都还上")
    r"|(?:好像|反正|也|实在|又|都)*没(?:有)?(?:别的|其他|其它|更好的)(?:办法|选择)|没得选"
    r"|别无(?:选择|他法)"
    # how little the writer reads, said with the agreement: "同意 我识字不多 但都听懂了"
    r"|(?:不太|不怎么|不)?识字(?:不多)?|字(?:也)?认不全|没(?:啥|什么)?文化|文化(?:程度)?(?:不高|低)"
    # or how little at home with the phone: "elfogadom, nem vagyok valami ügyes ezekben a
    # telefonos dolgokban", "nem nagyon értek hozzá, de elfogadom" (its "nem" is no refusal)
    r"|\bnem vagyok (?:(?:nagyon|tul|valami|igazan) )?(?:jo|ugyes|jaratos|otthon) "
    r"(?:ezekben|ebben|az ilyenekben|ilyenekben|a (?:telefon|gep|szamitogep|technika)\w*)\b"
    r"|\bnem nagyon ertek (?:hozza|ezekhez|az ilyenekhez|a (?:telefon|gep|technika)\w*)\b",
    read_often=False,
)


#: A strain named beside an agreement said in words, and borne: "虽然有点紧 但我能做到", "是有点
#: 吃力 不过能坚持" (the plan is taken all the same; not "有点紧 但我得先问问", a condition).
_A_STRAIN_BORNE_ZH = re.compile(
    r"(?:虽然|虽说)?(?:是)?(?:有点|有些|挺|会|比较|稍微)?(?:紧|吃力|难|辛苦)(?:张)?(?:一点|些)?"
    r"\W{0,3}(?:但是?|不过|可是)\W{0,2}(?:我)?(?:应该|肯定|还是|也)?(?:能|可以|会)"
    r"(?:努力)?(?:做到|坚持|撑住|撑得住|扛住|扛得住|应付|搞定|还上|还得上|付得起|承受)(?:的)?\W*"
    r"(?=$|\W)"
)


#: A promise to pay said beside an agreement in words: "同意 复工以后一定按时还", "同意 这次说什么
#: 也不会再拖了", "同意 等腰好了就可以按时还了", "同意 设了闹钟 不会再忘了" (its "等" or "不" is no
#: wait and no refusal; not "等发了工资再签", no promise). Round 72's, said with the plan taken:
#: "同意 就先这么定 等年底卖了货我再多还点 不会赖账的", "我同意 不给你们添麻烦".
_A_PROMISE_TO_PAY_ZH = re.compile(
    r"(?:等[^\u3002,.!?]{1,10}?(?:了|以后|之后)?)?(?:我|俺)?(?:就)?"
    r"(?:一定|肯定|保证|可以|能)(?:会)?(?:按时|准时|按期)(?:还|交|付)(?:款|钱|上)?"
    r"|(?:这回|这次|以后)?(?:说啥|说什么|无论如何)?(?:也|都)?(?:绝)?不(?:(?:能|会)再?|再)(?:拖|逾期|晚还|忘)"
    r"(?:了)?|不拖了"
    # the sum promised whole: "每月三百不会少你们的", "一分不会少" (not "不会少于": a bound)
    r"|(?:一分钱?|一个子儿?)?(?:都|也)?不会少(?!于)(?:你们|您)?(?:的)?"
    r"|(?:绝)?不(?:会|能)?(?:赖账|赖帐|耍赖)(?:的)?|不(?:会)?(?:给|让)(?:你们|您)(?:添|找)?(?:麻烦|为难)"
    r"|等[^\u3002,.!?]{1,12}?(?:我|俺)?(?:再|就)?多还(?:点|些|一点|一些)"
    # paying off early once able: "等腿好了上班了我想早点还完"
    r"|等[^\u3002,.!?]{1,12}?(?:我|俺)?(?:想|要|会|就)?(?:早点|提前|尽快|早些|早日)还(?:完|清|上)?"
    # more or all of it paid early when money comes, after a comma too: "等旺季来了, 我每个月
    # 再多还点", "等房子卖了我会提前还清"
    r"|等[^\u3002.!?]{1,16}?(?:我|俺)?(?:每个?月)?(?:会|再|就)?(?:多还(?:点|些|一点|一些)"
    r"|(?:提前|一次性)(?:还清|还完|结清)"
    # or sooner when well again: "等手好了我争取早点把钱还完"
    r"|(?:争取|尽量|尽快)(?:早点|早日|提前)?(?:把钱|把欠款|把账)?(?:还清|还完|结清))"
    # the card paid first, told: "家里劝我先把卡还上"
    r"|先把(?:卡|钱|欠款|账|债)(?:都)?还(?:上|了|清|完)"
    r"|(?:那)?(?:就)?先(?:这么|这样)定(?:了|吧)?"
)


#: The words that may open a promise to pay (:data:`_A_PROMISE_TO_PAY_ZH`): it is tried only
#: where one of them is said.
_PROMISE_WORDS_ZH = ("还", "拖", "忘", "赖", "定", "麻烦", "为难", "逾期", "少")


#: A thinking over said as done, or a resigned "so be it", before an agreement in words: "考虑了
#: 一晚上 … 没什么问题 同意", "想了两天 算了 就这样吧 我同意" (its "考虑" or "算了" is no wait and
#: no refusal; not "还在考虑", "考虑考虑", "算了 不签了").
_THOUGHT_OVER_ZH = re.compile(
    r"考虑(?:了|过|好了|清楚了)"
    r"|算了[ ,\uff0c]{0,2}(?:那)?(?:就)?(?:这样|这么着|这么定|这么办)(?:吧|了)?"
)


#: Thanks for what the collectors did not do, or for the time given, or another lender's calls,
#: beside an agreement in words: "同意 谢谢你们没有一直催", "同意 谢谢给我时间缓一缓", "之前别家
#: 催收说话很难听" (its "没", "缓" or "别" is no refusal).
_THANKED_OR_ANOTHER_LENDER_ZH = re.compile(
    r"(?:谢谢|感谢|多谢)(?:你们|你|您)?(?:都|也|一直)?没(?:有)?(?:一直|总是|老是|天天)?"
    r"(?:催|骂|凶|为难|逼|嫌)"
    r"[^\s,.!?;]{0,8}|别家|別家"
    r"|(?:谢谢|感谢|多谢)(?:你们|你|您)?(?:肯|愿意|能)?(?:给|让)我(?:点|一点|些)?(?:时间|机会)?"
    r"(?:缓一缓|缓缓|缓一下|缓口气|喘口气)"
)


#: Impatience or a button that did not work, said beside an agreement in words: "同意 别再问了",
#: "我同意 点按钮没反应才打字的" (its "别" or "没" is no refusal; not "别急 我再想想").
_HURRIED_OR_A_DEAD_BUTTON_ZH = re.compile(
    r"(?:别|不要|不用)(?:再)?(?:问|确认)了?|(?:按钮|按键|点了)?(?:没有?反应|不灵|不好使|点不动)"
)


#: A Hungarian aside after an agreement said in words: a copy on paper asked for ("Elfogadom.
#: Küldenek erről pdf-et is?", "elfogadom. e-mailben is megkapom?"), the credit register asked
#: about ("ugye nem kerülök fel a BAR listára?") or surprise at the kindness ("nem gondoltam
#: volna, hogy ilyen emberi lesz"): its "?", "ha lehet" or "nem" is no refusal. The paper's
#: sentence must follow the agreement's and hold no wait ("Elfogadom. De előbb papíron kérem").
_PAPER_SENTENCE_HU = regex(
    r"(?<=[.!?]) [^.!?]*\b(?:irasos\w*|irasban|papir\w*|pdf\w*|e-?mail\w*|postan|levelben|"
    r"megerosites\w*|visszaigazolas\w*)\b[^.!?]*[.!?]*"
)
_WAITS_FOR_THE_PAPER_HU = regex(
    r"\b(?:de|elobb|eloszor|mielott|nem|ne|csak|amig|utana|atolvas\w*|atnez\w*|elolvas\w*)\b"
)
_AN_AGREEMENT_ASIDE_HU = regex(
    r"\bugye (?:ez |ettol |emiatt |igy )?nem (?:kerul\w*|leszek|teszik\w*) (?:fel |ki |be |ra )?"
    r"(?:a |az )?(?:bar|khr|hitel ?nyilvantart\w*|feketelist\w*)\w*(?: \w+)?\W*"
    r"|\bnem gondoltam(?: volna)?,? hogy (?:ez |ezt )?(?:ilyen|ennyire|ily) "
    r"(?:emberi|kedves|gyors|egyszeru|konnyu|rendes|segitokesz)\w*(?: lesz| lehet| ez)?\b"
)

#: A promise not to miss again, said beside an agreement in words: "elfogadom, köszi, többé nem
#: felejtem el", "elfogadom, nem fog többet előfordulni", "rendben, elfogadom, ezentúl nem késem"
#: (its "nem" or "soha" is no refusal; not "elfogadom, de nem most": no promise).
_A_PROMISE_NOT_TO_MISS_HU = regex(
    r"\b(?:(?:tobbet|tobbe|soha ?tobbe|soha|ezentul|mostantol) )?nem "
    r"(?:(?:fogom|fogjuk) elfelejteni|felejtem el|felejtjuk el|kesem|kesunk|kesek|"
    r"fog(?: tobbet| tobbe)? elofordulni|fordul elo)\b(?: (?:tobbet|tobbe|soha ?tobbe|soha))?",
    read_often=False,
)


#: A yes given with a shrug, for want of any other way: "elfogadom, hát mi mást tehetnék",
#: "elfogadjuk, nincs más választásunk úgyse", "jó, akkor elfogadom, nincs mit tenni", "jó,
#: elfogadom, de már nagyon elegem van" (its
#: "más", "nincs" or "de" is no refusal; not "elfogadom, de elegem van az egészből", nor a
#: wish for another plan).
_RESIGNED_HU = regex(
    r"\b(?:(?:mert|hisz|hiszen|hat|ugyis|ugyse|ugysem) )*(?:mi )?mast "
    r"(?:(?:ugy(?:is|se|sem)|mar) )?"
    r"(?:tehetne\w*|tehet(?:ek|unk)|csinalhatne\w*)\b"
    r"|\b(?:(?:mert|hisz|hiszen|ugyis|ugyse|ugysem) )*nincs (?:mas|egyeb) (?:valasztas|lehetoseg)"
    r"(?:om|unk)\b(?: ugy(?:is|se|sem))?"
    r"|\b(?:(?:mert|hisz|hiszen|ugyis|ugyse|ugysem) )*nincs (?:mit|mast) (?:tenni|csinalni)\b"
    r"|\bde (?:mar )?(?:(?:rohadtul|nagyon|kurvara|tenyleg|baromira) )?elegem van\W*$"
)


#: The pause before an agreement said in words, told in the past: the plan thought over or read
#: again already, or the writer away ("Gondolkodtam rajta egész hétvégén. Rendben, elfogadom.",
#: "visszaolvastam, amit mutattatok, ok, elfogadom", "két napig nem voltam itthon. oké,
#: elfogadom"): its "gondolkod", "vissza" or "nem" is no refusal (not "még gondolkodom", a wait).
_A_PAUSE_TOLD_HU = regex(
    r"\b(?:(?:sokat|jol|alaposan|vegig) )?(?:gondolkodtam|gondolkoztam|gondolkodtunk|"
    r"gondolkoztunk)\b(?: (?:rajta|ezen|azon|a dolgon|az ajanlaton|a terven))?"
    r"|\b(?:(?:ujra|meg egyszer) )?(?:visszaolvastam|visszaneztem|visszagorgettem|atgondoltam|"
    r"vegiggondoltam|atneztem|atolvastam|elolvastam)\b"
    r"|\bnem (?:voltam|tudtam|ertem ra|volt idom)\b(?: (?:\w+ ){0,2}?(?:itthon|otthon|gepnel|"
    r"telefonnal|netkozelben|elerheto|irni|valaszolni|ranezni|folytatni|visszairni|foglalkozni "
    r"vele))\b",
    read_often=False,
)


def _without_hungarian_asides(folded: str) -> str:
    """The folded message without a paper copy asked for, the credit register asked about or a
    surprise said after an agreement in words (see :data:`_PAPER_SENTENCE_HU`), or a shrug for
    want of another way (see :data:`_RESIGNED_HU`)."""
    if "mas" in folded or "elegem" in folded or "nincs mit" in folded:
        folded = _RESIGNED_HU.sub(" ", folded)
    if "tam" in folded or "tunk" in folded or "nem" in folded:
        folded = _A_PAUSE_TOLD_HU.sub(" ", folded)  # "Gondolkodtam rajta. Rendben, elfogadom."
    if "nem" in folded:
        folded = _AN_AGREEMENT_ASIDE_HU.sub(" ", folded)
        if "felejt" in folded or "elofordul" in folded or "fordul elo" in folded or "kes" in folded:
            folded = _A_PROMISE_NOT_TO_MISS_HU.sub(" ", folded)  # "többet nem felejtem el"
    return _PAPER_SENTENCE_HU.sub(
        lambda m: (
            m[0] if _WAITS_FOR_THE_PAPER_HU.search(m[0]) or _AGREEMENT_SAID.search(m[0]) else " "
        ),
        folded,
    )


#: A question on what follows, asked after an agreement said in words ("I agree. When does the
#: first one come out?", "elfogadom. mikor vonják le az elsőt?", "同意 那我下个月几号之前要还?",
#: "elfogadom, és ha előbb kifizetem, nincs büntetés?"): its question mark, "first", "ha" or "不"
#: is no doubt of the plan. Each question runs from the agreement or the sentence before it to its
#: mark ("吗" ends a Chinese one unmarked), and is set aside only where it asks about what follows
#: (:data:`_ON_WHAT_FOLLOWS`) and nothing in it asks for another plan or puts the yes off
#: (:data:`_NOT_ONLY_WHAT_FOLLOWS`): "can it be lower?", "can I think about it?" still are doubts.
_A_QUESTION_AFTER = re.compile(
    r"[^.!?\u3002]*?(?:\?+|(?:吗|嗎)(?=[\s,\u3002.!]|$))"
    r"|[^.!?\u3002]*?(?:会不会|能不能|是不是|可不可以|有没有)[^.!?\u3002]*$"  # "会不会影响我贷款"
)
_ON_WHAT_FOLLOWS = regex(
    # en: when and how it is paid, a paper to sign, the credit file, the calls
    r"\b(?:when|what (?:day|date|time)|which day|how (?:do|will|does|often)|where|will|does|"
    r"do (?:i|you|we)|is (?:that|this|it) (?:it|all|done)|are we (?:done|sorted|good)|"
    r"what (?:happens|now|next)|comes? out|goes? out|taken|sign|letter|post|e-?mail|pdf|copy|"
    r"paper\w*|writing|credit|debit|account|pension|early|calls?|texts?)\b"
    # hu: when and how it is taken, a paper, paying off early without a penalty, done
    r"|\b(?:mikor|hanyadik\w*|melyik nap\w*|hogyan|hova|hol|kesz (?:is )?vagyunk|ennyi|"
    r"vonjak|vonodik|levon\w*|terhel\w*|kuld\w*|pdf\w*|papir\w*|level\w*|e-?mail\w*|alair\w*|"
    r"elobb|hamarabb|korabban|kifizet\w*|buntet\w*|szamlaszam\w*|atutal\w*|csekk\w*|hitel\w*|"
    r"khr|bar)\b"
    # zh: which day it is taken, how to pay, the credit record, paying off early, a message
    r"|哪天|几号|什么时候|啥时候|何时|扣|怎么还|怎么付|转账|账户|卡里|征信|记录|提前|还清|短信|通知"
    r"|打电话|合同|签|协议|收据|影响"
)
_NOT_ONLY_WHAT_FOLLOWS = regex(
    r"\b(?:lower|less|reduc\w*|cheaper|smaller|instead|cancel\w*|chang\w*|different|another|"
    r"other|later|delay\w*|move|push|skip|pause|think|sure|but|if|wait|cant|cannot|afford|"
    r"rather|prefer\w*|more time|(?:go|going|take me) back|back to)\b|\bcan'?t\b"
    r"|\b(?:de|kevesebb|alacsonyabb|olcsobb|helyett|mas\w*|modosit\w*|valtoztat\w*|kesobb|"
    r"halaszt\w*|elhalaszt\w*|gondolkod\w*|meggondol\w*|vissza\w*|megse|lehetne|csokkent\w*)\b"
    r"|\bnem (?:tudom|biztos|fogadom)\b"
    # (an "if" only before paying off early: "ha lesz munkám, előbb is kifizethetem?")
    r"|\bha\b(?![^?]{0,30}?\b(?:elobb|hamarabb|korabban)\b)"
    r"|少|低|便宜|换|改|推迟|延后|延期|晚点|晚几天|缓|别的|其他|取消|考虑|再想|想想|但|如果|要是|不同意|算了|先"
)


#: The plan's figure checked before an agreement said in words ("每个月三百是吧? 行, 那我同意",
#: "确定是每月三百二对吧? 好的 同意", "300 a month right? ok i agree", "havi 30 ezer, ugye? akkor
#: elfogadom"): its question mark or "吗" is no doubt, the yes after it settles it.
_THE_FIGURE_CHECKED_FIRST = regex(
    r"(?:确定|所以|那)?(?:是)?(?:每个?月|每期|一个月|一期)?(?:还|扣)?[0-9一二两三四五六七八九十百千万零]+"
    r"(?:块钱?|元)?(?:是吧|对吧|对吗|是吗|没错吧|没错吗|吧)\?*"
    r"|\b[0-9][0-9,.]*(?: ?(?:pounds?|quid))?(?: (?:a|per|every) month| monthly)?,? "
    r"(?:right|yeah|correct|yes|is it)\?+"
    r"|\b[0-9][0-9 .]*(?: ?(?:ezer|e|ft|forint))*(?: (?:havonta|egy honapban))?,? "
    r"(?:ugye|igaz|jol ertem|stimmel)\?+",
    read_often=False,
)


def _without_the_figure_checked_first(folded: str, agreed: re.Match[str]) -> str:
    """The folded message without the plan's figure checked before its agreement (see
    :data:`_THE_FIGURE_CHECKED_FIRST`)."""
    return _THE_FIGURE_CHECKED_FIRST.sub(" ", folded[: agreed.start()]) + folded[agreed.start() :]


#: An agreement named as still to come: "同意之前…", "before i agree, …".
_BEFORE_AGREEING = re.compile(r"(?:之前|以前|前)")


def _without_questions_on_what_follows(folded: str, agreed: re.Match[str]) -> str:
    """The folded message without each question on what follows asked after its agreement
    (see :data:`_A_QUESTION_AFTER`)."""
    if _BEFORE_AGREEING.match(folded, agreed.end()):
        return folded  # "同意之前能不能先看下合同": not agreed yet
    kept = [folded[: agreed.end()]]
    at = agreed.end()
    for question in _A_QUESTION_AFTER.finditer(folded, agreed.end()):
        if _ON_WHAT_FOLLOWS.search(question[0]) and not _NOT_ONLY_WHAT_FOLLOWS.search(question[0]):
            kept += [folded[at : question.start()], " "]
            at = question.end()
    return "".join(kept) + folded[at:]


def signals_refusal(text: str) -> bool:
    """Whether the message says no, wait, not yet, asks, or sets a condition: not an agreement.
    A complaint before a plain yes ("the fees are steep, but yes i agree") is no refusal, nor is
    an aside said to be unrelated, nor a dictation filler beside an agreement said in words."""
    folded = _DISPUTE_DENIED.sub(" ", fold(normalize(text)))  # "not disputing it" is no "no"
    folded = _UNRELATED_ASIDE.sub(" ", folded)
    if _AGREEMENT_SAID.search(folded):
        folded = _SHRUGGED_OFF.sub(" ", _DICTATION_FILLER.sub(" ", folded))
        if "紧" in folded or "吃力" in folded or "难" in folded or "辛苦" in folded:
            folded = _A_STRAIN_BORNE_ZH.sub(" ", folded)  # "虽然有点紧 但我能做到"
        if any(word in folded for word in _PROMISE_WORDS_ZH):
            folded = _A_PROMISE_TO_PAY_ZH.sub(" ", folded)  # "同意 这次绝不再拖了"
        if "考虑" in folded or "算了" in folded:
            folded = _THOUGHT_OVER_ZH.sub(" ", folded)  # "考虑了一晚上 … 同意"
        if "谢" in folded or "别家" in folded or "別家" in folded:
            folded = _THANKED_OR_ANOTHER_LENDER_ZH.sub(" ", folded)  # "谢谢没有催得很凶"
        if "问" in folded or "反应" in folded or "不灵" in folded or "不好使" in folded:
            folded = _HURRIED_OR_A_DEAD_BUTTON_ZH.sub(" ", folded)  # "同意 快点 别再问了"
        if "elfogad" in folded or "alairom" in folded or "beleegyez" in folded:
            folded = _without_hungarian_asides(folded)  # "Elfogadom. Kapok róla pdf-et?"
        if "read" in folded or "over" in folded:
            folded = _READ_THROUGH_ALREADY.sub(" ", folded)  # "read it properly, yes i agree"
        agreed = _AGREEMENT_SAID.search(folded)
        if agreed and ("?" in folded or "吗" in folded or "嗎" in folded or "不" in folded):
            folded = _without_questions_on_what_follows(folded, agreed)  # "同意 几号扣?"
            if "?" in folded[: agreed.start()] or "吧" in folded[: agreed.start()]:
                folded = _without_the_figure_checked_first(folded, agreed)  # "三百是吧? 行 同意"
    return bool(_REFUSAL.search(folded)) and not _agrees_after_a_complaint(folded)


#: A yes that opens the message, or an agreement in words wherever it stands ("yes if …",
#: "igen, de …", "… 我就同意"; not the "可以" of "可以说匈牙利语吗").
_YES_SAID = regex(
    r"^\W*(?:yes|yeah|yep|ok|okay|fine|sure|alright|igen|rendben|jo|oke)\b"
    r"|^\W*(?:好|行|可以|嗯|是)(?:的|吧|啊|呀)?(?:\W|$)"
    r"|\b(?:agreed|i (?:do |will |'?ll )?(?:agree|accept|sign))\b"
    r"|\b(?:elfogadom|vallalom|alairom|beleegyezem)\b|同意|接受|签"
)


def says_yes_with_a_reservation(text: str) -> bool:
    """Whether a yes is said with a condition or a reservation on it ("yes if you stop the
    interest", "igen, de 28-án vonják le", "停息的话我就同意"): no agreement, and no request
    either, whatever the reservation's words sound like."""
    return bool(_YES_SAID.search(fold(normalize(text)))) and signals_refusal(text)


#: Not chosen yet: someone to ask first, or not ready to commit ("looks good but i'll run it
#: past my husband", "előbb megkérdezem a páromat", "得先问问我爸妈"). At the plan's details, the
#: plan is not chosen: back to the plans.
NOT_YET_DECIDED = (
    r"\b(?:ask|check with|talk (?:it |this )?(?:over )?(?:to|with)|speak (?:to|with)|"
    r"discuss (?:it |this )?with|run (?:it |this )?(?:by|past)|consult|see what)"
    r" (?:it )?(?:with )?(?:my |the |our )?(?:wife|husband|hubby|partner|missus|mrs|family|mum|mom|"
    r"dad|parents|son|daughter|kids|accountant|advis[eo]r|solicitor|lawyer|other half)\b",
    # someone's helper asked first: "run it past my sons social worker", "check with my carer"
    r"\b(?:ask|check with|talk (?:it |this )?(?:over )?(?:to|with)|speak (?:to|with)|"
    r"run (?:it |this )?(?:by|past)) (?:my |the |our )?(?:\w+'?s )?(?:social|support|key|case) "
    r"worker\b",
    r"\bát kell (?:\w+ )?beszél\w*", r"\bátbeszél\w*",
    r"\b(?:can'?t|cannot|can not|not ready to|not able to|unable to) (?:commit|decide|sign)\w*",
    r"\b(?:sleep on it|think (?:it|this) over|think about it)\b",
    r"\b(?:let me|i'?ll|i need to|i want to|i have to|i'?d like to) (?:have a )?think\b",
    r"\bstill (?:thinking|deciding|making up my mind)\b",
    r"\bmég (?:\w+ )?gondolkod\w*", r"\bgondolkodom (?:még|rajta)\b", r"\bátgondol\w*",
    r"\balszom (?:rá|rajta) egyet\b",
    r"再想想", r"考虑(?:一下|考虑)", r"想一想", r"琢磨一下",
    r"\bmegbeszél(?:em|nem|ném|jük)\b", r"\bmeg kell (?:\w+ )?beszél\w*",
    r"\b(?:előbb|először|még) megkérdez\w*", r"\bmeg kell (?:\w+ )?kérdez(?:nem|nünk)\b",
    r"\bmegkérdez(?:em|ném) (?:a |az )?(?:feleség|férj|"
    r"pár|társ|szülei|anyu|apu|család|könyvelő|ügyvéd)\w*",
    r"\bnem tudok (?:még )?(?:elköteleződni|dönteni|aláírni)\b", r"\bmeggondol\w*",
    r"(?:跟|和|同|问问?|问一下)(?:我)?(?:老婆|老公|爱人|媳妇|对象|家里人?|家人|父母|爸妈|爸|妈|"
    r"会计|律师)(?:先)?(?:商量|说一?声|问一?下|讨论|确认)",
    r"先(?:跟|和|问|商量)", r"还(?:不能|没法|不敢)(?:答应|决定|确定|签)",
    # Left for now: "leave it for now", "hagyjuk egyelőre", "先不选了".
    r"\b(?:leave|park|hold off on|put off) (?:it|this|that|this one)(?: for now| for the moment| "
    r"till later| until later| for a bit| for a while)\b",
    r"\bhagyjuk (?:(?:ezt|most|akkor) )*(?:egyelőre|későbbre|még)\b",
    r"\begyelőre (?:ne|nem|hagyjuk)\b",
    r"先不(?:选|要|定|签|决定|答应)", r"(?:以后|过几天|回头)再(?:说|选|定)",
    # To read it again first: "i need to go over it again at home", "otthon még átolvasom",
    # "我得回家再仔细看一遍".
    r"\b(?:read|go over|look (?:at|over)) (?:it|this|the (?:plan|terms|papers))(?: all)? "
    r"(?:again|properly|through)\b",
    r"\b(?:még )?(?:át kell olvasn\w*|átolvas(?:om|nám))\b",
    r"(?:回家|回去)?再(?:仔细|好好|认真)?(?:看|读|过)(?:一|两)?(?:遍|下|看|一下)",
)  # fmt: skip
_NOT_YET_DECIDED = compile_phrases(NOT_YET_DECIDED, read_often=False)


def says_not_yet_decided(text: str) -> bool:
    """Whether the message puts the choice off: someone to ask first, not ready to commit."""
    return bool(_NOT_YET_DECIDED.search(fold(normalize(text))))


# ================================================================================================
# Temporary or lasting
# ================================================================================================

#: Words that say a drop in income is temporary, and words that say it will last.
TEMPORARY_WORDS = (
    r"\btemp\w*", r"\bshort[- ]?term\b", r"\bfor (?:a (?:little )?while|now)\b",
    r"\bátmeneti\w*", r"\bideiglenes\w*", r"\brövid távú\b", r"\brövidtávú\b",
    r"\begyelőre\b", r"暂时", r"暫時", r"临时", r"臨時", r"短期(?!内|內)", r"一时", r"一阵子",
    r"\b(?:will|gonna|going to|should|it'll|itll) (?:change|improve|get better|recover|pick up)\b",
    r"\bjavul\w*", r"\bváltozni fog\b", r"\b(?:helyre|rendbe) ?jön\b",
    # the injury said to heal: "kéz meggyógyul, 6 hét gipsz", "a lábam felépül tavaszra"
    r"\bmeg ?gyógyul(?:ok|sz|nak)?\b", r"\bfelépül(?:ök|nek)?\b",
    r"好起来", r"好轉", r"好转", r"会恢复", r"會恢復", r"会变好", r"會變好",
    # A leave that ends: "maternity leave ends in May", "lejár a gyed", "产假就结束了".
    r"\b(?:maternity|paternity|parental|sick) leave\b.{0,30}\b(?:ends?|ending|over|finish\w*)\b",
    r"\b(?:gyes|gyed|csed|szülési szabadság|táppénz)\w*\b.{0,30}\b(?:vége|lejár|letelik|"
    r"befejeződik)\w*",
    r"\b(?:vége|lejár|letelik)\w* (?:a |az )?(?:gyes|gyed|csed|szülési szabadság|táppénz)\w*",
    r"(?:产假|病假|育儿假)[^\u3002]{0,6}(?:结束|到期|休完)",
    r"等[^\u3002]{0,10}(?:找到|有了|上班|开工)[^\u3002]{0,6}就(?:行|好|没事)了",
    # work back at a time to come: "下个月就能正常开工", "明年八月又开始收沙棘了"
    r"(?:下个?月|下周|下个?礼拜|明年|年后|过完年|[一二三四五六七八九十0-9]{1,2}月份?)"
    r"[^\u3002 ]{0,4}(?:就|又)(?:能|可以|会)?(?:正常)?"
    r"(?:开工|复工|上班|有活|有班|开始收|开始干|回去上班)",
    # fine once something happens: "孩子上了托班就好了", "once the baby starts nursery"
    r"(?:了|以后|之后)[^\u3002,.]{0,6}就(?:好|行|没事)了",
    r"\bonce (?:\w+ ){1,4}(?:starts?|is back|are back)\b",
    # fine when a place shut opens again: "yes when the road open", "till the pool reopens"
    r"\b(?:when|once|till|until|til) (?:the |my |our )?(?:\w+ ){0,2}\w+ (?:re)?opens?\b",
    # a drop that came once and will not come again: "it was a one off", "just a one-off"
    r"\bone[- ]?off\b",
    # a season's drop, as every year: "télen mindig így van, tavasszal megint jön a munka",
    # "nyáron jön a vendég, a tónál mindig így megy ez"
    r"\b(?:ősszel|télen|nyáron|tavasszal|szezon\w*)\b.{0,60}\bmindig így (?:van|megy|szokott)\b",
    r"\bmindig így (?:van|megy|szokott)\w*\b.{0,30}\b(?:ősszel|télen|nyáron|tavasszal)\b",
    # A span of weeks or months said with what ends it: "for 8 weeks while my wrist is in plaster",
    # "két hónapig, amíg gipszben van", "打石膏这两个月".
    r"\bfor (?:\w+ ){0,2}(?:days|weeks|months)\b.{0,4}\b(?:while|until|till|til)\b",
    r"\b(?:while|until|till) (?:the|my) (?:cast|plaster|stitches|brace|boot|splint)\b",
    r"\b\w+ (?:napig|hétig|hónapig)\b.{0,4}\b(?:amíg|míg|amig|ameddig)\b",
    r"\b(?:amíg|míg|amig) (?:\w+ )?(?:gipszben|sínben|begipszel)\w*",
    r"(?:打着?石膏|拆线|拆石膏)(?:的)?(?:这|那)?(?:[0-9一二两三四五六七八九十几]+)(?:个)?(?:周|星期|月|天)",
    r"(?:等|直到)[^\u3002]{0,4}(?:拆线|拆石膏|石膏拆了)",
)  # fmt: skip
LASTING_WORDS = (
    r"\bpermanent\w*", r"\blong[- ]?term\b", r"\bfor good\b", r"\bforever\b",
    r"\b(?:will|gonna|going to|it'll|itll) last\b", r"\blasting\b",
    r"\btartós\w*", r"\bvégleges\w*", r"\bvégleg\b", r"\bhosszú ?távú\b", r"\bmarad\w*",
    r"长期", r"長期", r"永久", r"一直这样", r"一直這樣", r"持续", r"持續",
    r"\b(?:won'?t|wont|will not|not gonna|not going to|never going to|isn'?t going to|"
    r"isnt going to) (?:change|improve|get better|recover|pick up|heal)\b",
    # An illness or an injury said never to heal: "it will never heal", "nem fog meggyógyulni",
    # "ez nem gyógyul meg soha" (one said to heal is temporary, above).
    r"\bnever (?:going to |gonna )?(?:change|improve|get better|recover|heal|go away)\b",
    r"\bnem fog (?:változni|javulni|meg ?gyógyulni|felépülni)\b",
    r"\bnem gyógyul(?:ok|sz|nak)? meg\b", r"\b(?:soha|sose|sosem) (?:nem )?(?:fog )?(?:meg ?)?"
    r"gyógyul\w*", r"不会变", r"不會變", r"不会改变", r"没法改变",
    r"回不去了?", r"(?:再也)?找不到(?:以前|原来|之前)(?:那种|那样|的)", r"倒闭",
    r"\bnot (?:coming|going) back\b", r"\bclosed (?:down )?for good\b",
    r"\b(?:shut|closed|shutting|closing) (?:(?:the|it|its|our|my|\w+) ){0,3}down (?:completely|"
    r"for good|entirely|permanently|altogether)\b",
    r"\b(?:shut|closed) (?:down )?(?:completely|entirely|permanently|altogether)\b",
    # Work left for good: "I shall not be returning to work", "nem megyek vissza dolgozni".
    r"\b(?:not|never|won'?t|will not|shan'?t|shall not) (?:be |ever )?(?:returning|going back|"
    r"coming back|return|go back|come back) to (?:work|employment|my (?:job|work))\b"
    r"(?! (?:until|till|yet|for now|for a (?:while|bit|few)|before|this))",
    # No other such work anywhere near: "nincs más üzem a környéken", "itt nincs másik gyár"
    r"\bnincs(?:en)? (?:más|másik|egyéb) (?:\w+ ){1,2}(?:a |itt a )?(?:közel\w*|környék\w*|"
    r"errefelé|vidéken|faluban|városban)\b",
    r"\bretired\b", r"\bnyugdíjas (?:lettem|vagyok)\b", r"\bnyugdíjba (?:mentem|vonultam)\b",
    # The shift or the work that brought the money is over: "nem, a délutános műszaknak vége",
    # "vége a túlórának". Not a season, which comes again.
    r"\b(?:műszak|éjszakás|délutános|éjszakai műszak|pótlék|túlóra|szerződés|projekt|megbízás|"
    r"állás|munká|meló)\w* (?:\w+ )?vége\b(?! után)",
    r"\bvége (?:van )?(?:a |az )?(?:\w+ )?(?:műszak|éjszakás|délutános|pótlék|túlórá|szerződés|"
    r"projekt|megbízás|állás|munká|meló)\w*",
    r"退休了",
)  # fmt: skip
#: A negation right before such a word (at most three words between, no comma).
TEMPORARY_NEGATIONS = (
    r"\bnot\b", r"n't\b", r"\bdont\b", r"\bisnt\b", r"\bwont\b", r"\bnever\b", r"\bdoubt\b",
    r"\bwasnt\b", r"\baint\b",
    r"\bkétlem\b",
    r"\bnem\b", r"\bsem\b", r"不是", r"不会是", r"不會是", r"不会", r"不會", r"并非",
    r"不(?!过|過)",  # "不过" is "but": "不过是暂时的" says it is temporary
    r"唔(?:係|系|会|會)",  # in Cantonese: "唔係暫時嘅"
)  # fmt: skip

#: A yes or a no said with a hedge: enough to answer "is it temporary?", never an agreement.
PROBABLY_YES = (
    r"i (?:think|guess|hope|believe|expect) so", r"(?:i )?hope(?:fully)?(?: yes| so)?",
    r"probably(?: yes)?", r"likely", r"yes i think", r"i think yes",
    r"(?:(?:yes|yeah|aye|yep|yeh) )?should be",
    r"szerintem igen", r"azt hiszem(?:,? igen)?", r"remélem(?:,? igen)?", r"valószínűleg(?: igen)?",
    r"talán igen", r"igen,? remélem", r"úgy tűnik",
    r"我觉得是", r"我觉得是的", r"应该是", r"应该是的", r"应该吧", r"希望是", r"希望如此",
    r"大概是", r"估计是", r"我想是的", r"可能是吧", r"会好的", r"会好起来的",
)  # fmt: skip
PROBABLY_NO = (
    r"i (?:don'?t|do not) think so", r"(?:i )?don'?t think so", r"(?:i )?doubt it",
    r"probably not", r"(?:sadly|unfortunately|i'?m afraid) not", r"i'?m afraid it won'?t",
    r"unlikely", r"not likely", r"i don'?t think it will",
    r"szerintem nem", r"nem hiszem", r"nem hinném", r"kétlem", r"valószínűleg nem", r"sajnos nem",
    r"aligha", r"attól tartok,? nem", r"nem valószínű", r"nem úgy néz ki",
    r"我觉得不是", r"应该不是", r"恐怕不是", r"估计不会", r"恐怕不会", r"应该不会", r"我看不会",
    r"可惜不是", r"不太可能", r"大概不会",
)  # fmt: skip
_PROBABLY = {
    True: re.compile(rf"(?:{alternatives(PROBABLY_YES)})(?: (?:{alternatives(POLITE_WORDS)}))*"),
    False: re.compile(rf"(?:{alternatives(PROBABLY_NO)})(?: (?:{alternatives(POLITE_WORDS)}))*"),
}


def read_probably(text: str) -> bool | None:
    """A hedged yes ("I think so", "szerintem igen", "应该是") or no ("I doubt it", "nem hinném",
    "恐怕不是") as the whole message; enough for "is it temporary?", not for an agreement."""
    words = words_only(fold(normalize(text)))
    for answer, pattern in _PROBABLY.items():
        if pattern.fullmatch(words):
            return answer
    return None


#: A negation right before such a word: up to three words between it and the word, or up to two
#: Chinese characters with no space (a space between Chinese words ends a clause: "不是 会一直这样"
#: is "no, it will stay like this", not "it won't stay").
_NEGATION_BEFORE = (
    rf"(?:{alternatives(TEMPORARY_NEGATIONS)})"
    r"(?:(?:[ ]+[^\W\u4e00-\u9fff]+){0,3}[ ]*|[\u4e00-\u9fff]{0,2}?)"
)
_TEMPORARY = regex(rf"(?:{alternatives(TEMPORARY_WORDS)})", read_often=False)
_LASTING = regex(rf"(?:{alternatives(LASTING_WORDS)})", read_often=False)
_NEGATED_TEMPORARY = regex(
    rf"{_NEGATION_BEFORE}(?:{alternatives(TEMPORARY_WORDS)})", read_often=False
)
_NEGATED_LASTING = regex(rf"{_NEGATION_BEFORE}(?:{alternatives(LASTING_WORDS)})", read_often=False)


#: The first clause of a message, and the rest.
_OPENING_CLAUSE = re.compile(
    r"\s*([^,.;!?\uff0c\u3002\uff1b\uff01\uff1f]+)[,.;!\uff0c\u3002\uff1b\uff01]+(.*)"
)


_TURNED_ROUND = regex(r"\b(?:but|however|though|de|viszont|azonban|megis)\b|但|不过|可是|\?")


def read_opening_yes_no(text: str, language: str) -> bool | None:
    """A yes or a no said first and then explained ("nem, mostantól csak a nyugdíjam lesz", "no.
    at my age i won't go back"), or a hedged one ("should be, they're hiring"): that answer,
    unless the rest holds a "but" or an "I don't know" that could turn it round."""
    found = _OPENING_CLAUSE.fullmatch(normalize(text))
    if found is None or not found[2].strip():
        return None
    rest = fold(found[2])
    if _TURNED_ROUND.search(rest) or says_dont_know(rest):
        return None
    answer = read_yes_no(found[1], language)
    # a hedged yes or no said first: "i believe so, once the new supplier is in"
    return read_probably(found[1]) if answer is None else answer


def read_yes_no_said_first(text: str, language: str) -> bool | None:
    """A yes or a no that is the whole message (:func:`read_yes_no`) or is said first and
    explained (:func:`read_opening_yes_no`): how an answer is read once words before it are
    set aside."""
    answer = read_yes_no(text, language)
    return read_opening_yes_no(text, language) if answer is None else answer


#: What comes before a colon that announces the answer: where the writer has just been, or
#: whom they asked ("most voltam kontrollon: igen, …", "back from the doctor: yes, …"); short,
#: with no question, figure or answer of its own.
_A_REPORT_BEFORE_A_COLON = re.compile(r"\s*([^:?0-9]{1,48}):(?!\S)([^:]*)")


def read_yes_no_after_a_return(text: str, language: str) -> bool | None:
    """A yes or a no said first after the words of coming back to the conversation ("I've had
    time to think since yesterday and I'd say no, they won't bring the classes back", "sorry,
    i'm back. yes, the site reopens in May"): the answer after them, as
    :func:`read_opening_yes_no` reads it; ``None`` where the message opens on no such words."""
    if language != "en":
        return None
    plain = normalize(text)
    found = _A_RETURN_SAID_FIRST_EN.match(plain)
    if found is None or found.end() == len(plain):
        return None
    return read_yes_no_said_first(plain[found.end() :], language)


#: The words of coming back, opening the message, up to the answer: "I've had time to think
#: since yesterday and I'd say", "sorry, i'm back.", "back now,", "been thinking it over the
#: weekend, and".
_A_RETURN_SAID_FIRST_EN = re.compile(
    r"\s*(?:(?:sorry|soz)[,.!]* (?:(?:i'?m|im) back|back now|got called away|was driving|was at "
    r"work)|(?:i'?m|im) back|back now|(?:i'?ve|ive|i have) had (?:some )?time to think"
    r"(?: (?:about )?it)?(?: over)?(?: (?:since yesterday|the weekend|overnight|last night))?|"
    r"(?:i'?ve |ive )?been thinking(?: about it| it over)?(?: over)?"
    r"(?: (?:since yesterday|the weekend|overnight|last night))?)"
    r"[,.;!]*(?: and)?(?: (?:i'?d|id|i would) say| i think)?[,.;!:]*\s+",
    re.IGNORECASE,
)


def read_yes_no_after_a_report(text: str, language: str) -> bool | None:
    """A yes or a no said after a colon that follows a report of where the writer has just been
    ("most voltam kontrollon: igen, a gipsz 6 hét múlva lejön"): the answer after it, read as a
    message of its own; ``None`` when the report holds an answer itself."""
    found = _A_REPORT_BEFORE_A_COLON.fullmatch(normalize(text))
    if found is None or read_yes_no(found[1], language) is not None:
        return None
    if says_dont_know(found[1]) or _TURNED_ROUND.search(fold(found[1])):
        return None
    return read_yes_no_said_first(found[2], language)


#: Yes on one condition, no without it: "temporary if the lease goes through, if not then no",
#: "átmeneti, ha összejön, ha nem, akkor nem", "谈成了就是暂时的, 谈不成就不是". Not known yet.
EITHER_WAY_ON_A_CONDITION = (
    r"\bif\b.{1,60}\b(?:if not|otherwise|or else)\b.{0,25}\b(?:no|not|then no|lasting|permanent|"
    r"for good|forever)\b",
    r"\bha\b.{1,60}\b(?:ha nem|különben|ellenkező esetben)\b.{0,20}\b(?:nem|tartós|végleges)\w*",
    r"了?就是?.{0,10}[,;].{0,10}(?:不|没)\S{0,3}就(?:不|没|难)",
    r"(?:如果|要是|假如).{1,20}(?:否则|不然|要不然)",
)  # fmt: skip
_EITHER_WAY_ON_A_CONDITION = compile_phrases(EITHER_WAY_ON_A_CONDITION)


def says_either_way_on_a_condition(text: str) -> bool:
    """Whether the answer is yes on a condition and no without it (not known yet)."""
    return bool(_EITHER_WAY_ON_A_CONDITION.search(fold(normalize(text))))


def read_temporary(text: str) -> bool | None:
    """``True`` if the message says the drop is temporary ("only temporary", "not permanent",
    "nem tartós", "不是长期的"), ``False`` if it will last ("not temporary", "for good", "nem
    átmeneti", "不是暂时的"); ``None`` when it says neither, or both."""
    folded = fold(normalize(text))
    temporary = bool(_TEMPORARY.search(folded))
    lasting = bool(_LASTING.search(folded))
    not_temporary = bool(_NEGATED_TEMPORARY.search(folded))
    not_lasting = bool(_NEGATED_LASTING.search(folded))
    says_temporary = (temporary and not not_temporary) or not_lasting
    says_lasting = not_temporary or (lasting and not not_lasting)
    if says_temporary == says_lasting:
        return None
    return says_temporary


# ================================================================================================
# Short answers at the options, the plan's details and a missed payment
# ================================================================================================

#: "This one": the whole message picks the plan shown.
THIS_ONE_PHRASES = (
    r"(?:i'?ll |i |let'?s )?(?:take|choose|pick|want|go with|have)?(?: it| this| that)"
    r"(?: one| plan| option)?",
    r"(?:this|that)(?: one| plan| option)?(?: (?:is|works|is good|is fine|is perfect))?"
    r"(?: for me)?",
    r"this one it is", r"that'?s (?:the one|it|the plan)(?: for me)?", r"(?:it'?s |it is )?perfect",
    r"ezt(?: kérem| választom| szeretném| vállalom| vállalnám| kérném)?", r"ez(?: lesz| jó| az)?",
    r"legyen ez", r"ez lesz az", r"ezzel megyek", r"(?:ez )?tetszik", r"ez (?:nagyon )?jó",
    r"select(?: it| this)?", r"choose(?: it| this)?", r"pick(?: it| this)?",
    r"i like (?:this|that)(?: one)?", r"(?:this|that) one looks good",
    r"确定", r"就选这个", r"这个(?:不错|好|可以|挺好)",
    r"就?(?:选|要)?这个(?:方案)?(?:了|吧)?", r"就它了?", r"就选它了?", r"就这个了?", r"这个吧",
    r"(?:就|那就)?(?:要|选|定)(?:了|吧|它了?)(?:吧)?",
    # Signed up for: "ezt, jelentkezem rá", "sign me up for this one".
    r"(?:(?:ez az|ezt|ez|erre) )?(?:jelentkezem|jelentkeznék|beneveznék) (?:rá|erre)",
    r"(?:this one )?sign me up(?: for (?:it|this|that|this one))?",
)  # fmt: skip
#: "The last one": the last of the options shown.
LAST_ONE_PHRASES = (
    r"(?:i'?ll take |i want |give me )?(?:the )?(?:very )?last(?: one| option| plan)?(?: please)?",
    r"(?:az )?utolsó(?:t| opció\w*| lehetőség\w*| terv\w*)?(?: kérem)?",
    r"(?:选)?最后一个(?:方案)?(?:吧)?",
)  # fmt: skip
_LAST_ONE = regex(rf"(?:{alternatives(LAST_ONE_PHRASES)})")


def says_last_one(text: str) -> bool:
    """The whole message picks the last option shown: "the last one", "az utolsót", "最后一个"."""
    return _LAST_ONE.fullmatch(words_only(fold(normalize(text)))) is not None


#: "The first one", by its place in the list: "the first one on the list", "the top one", "a
#: lista legelső", "a legfelsőt", "列表最上面那个".
FIRST_ONE_PHRASES = (
    r"(?:i'?ll take |i want |give me |go with |let'?s go with )?(?:the )?(?:very )?(?:first|top|"
    r"topmost)(?: one| option| plan)?(?: (?:on|in|of|from) (?:the|your) (?:list|options|"
    r"screen|message))?(?: please)?",
    r"(?:a |az )?(?:lista |listán |listáról |listából )?(?:leg)?(?:első|felső)(?:t| opció\w*| "
    r"lehetőség\w*| terv\w*)?(?: a listán| a listáról| a listából)?(?: kérem)?",
    r"(?:选)?(?:列表|清单|上面)?(?:里|中)?(?:的)?(?:最上面|最前面|最顶上)(?:的)?(?:那个|这个|一个|个)?"
    r"(?:方案)?(?:吧)?",
)  # fmt: skip
_FIRST_ONE = regex(rf"(?:{alternatives(FIRST_ONE_PHRASES)})")


def says_first_one(text: str) -> bool:
    """The whole message picks the first option shown by its place: "the top one", "a legelső"."""
    return _FIRST_ONE.fullmatch(words_only(fold(normalize(text)))) is not None


#: What an offer is, in a few words: the kinds of the offers shown, and the other buttons.
OFFER_KIND_PHRASES: dict[str, tuple[str, ...]] = {
    "pay_now": (
        r"\bpay (?:it )?(?:all|in full|everything|the (?:whole|full) (?:thing|amount|balance)|"
        r"(?:it )?off) ?(?:now|today)?\b", r"\bfull payment\b", r"\bpay(?:ing)? (?:it )?now\b",
        r"\bin full\b",
        r"\bmost (?:ki)?fizet\w*", r"\begyben (?:ki)?fizet\w*", r"\bkifizetem (?:az )?egész\w*",
        r"\bteljes összeg\w*", r"\bazonnal\w*", r"\bki tudok fizetni mindent\b",
        r"\bmindent (?:ki|be)fizet\w*", r"\b(?:az )?egészet (?:ki|be)fizet\w*",
        r"全部还清", r"一次(?:性)?还清", r"现在还", r"全额", r"全款", r"马上还", r"立即还",
    ),
    "instalment": (
        r"\binstal+ments?\b", r"\bmonthly payments?\b", r"\bpay monthly\b",
        r"\brészlet(?:fizetés|ek|ekben|ekre)\w*", r"\bhavi részlet\w*",
        r"分期(?!付款免息)", r"按月还",
    ),
    "hardship": (
        r"\binterest[- ]?free\b", r"\bno interest\b", r"\bwithout interest\b",
        r"\bzero interest\b", r"\b0 ?% interest\b", r"\b0 interest\b", r"\bhardship\b",
        r"\bkamatmentes\w*", r"\bkamat nélkül\w*", r"\bnulla kamat\w*", r"\b0 ?% kamat\w*",
        r"免息", r"无息", r"無息", r"零利息", r"0利息", r"不要利息", r"没有利息", r"困难",
    ),
    "settlement": (
        r"\bsettle\w*", r"\bdiscount\w*", r"\blump sum\b",
        r"\brendezés\w*", r"\bkedvezmény\w*", r"\begyösszegű\b", r"\bengedmény\w*",
        r"结清", r"折扣", r"打折", r"优惠", r"减免",
    ),
    "holiday": (
        r"\bpause\w*", r"\bpayment (?:holiday|break)\b", r"\bbreak\b", r"\bholiday\b",
        r"\bdefer\w*", r"\bpostpone\w*", r"\bdelay\w*",
        r"\bszünet\w*", r"\bhalaszt\w*", r"\bhaladék\w*", r"\bszüneteltet\w*",
        r"暂停", r"停还", r"延期", r"缓", r"推迟", r"宽限",
    ),
    "counter": (
        r"\bown (?:amount|offer|proposal)\b", r"\bpropos\w*", r"\bcounter ?-?offer\b",
        r"\bown (?:monthly )?(?:figure|number|payment|sum)\b", r"\bput forward\b",
        r"\bsuggest (?:an|my|a|what)\b", r"\bmake (?:an|a|my) offer\b", r"\bname (?:an|my)\b",
        r"\b(?:suggest|propose|name|offer|come up with|put forward) (?:one|something|a number|"
        r"a figure|an amount)\b",
        # what one can afford, offered: "can i not just offer what i can manage", in Scots "whit"
        r"\b(?:offer|pay|put in|give) (?:you )?(?:what|whit|wot|whatever) (?:i|we) (?:can|could) "
        r"(?:afford|manage)\b",
        r"\bmond(?:ok|anék|jak|hatok) (?:én )?(?:egyet|egy összeget|egy számot|egy ajánlatot)\b",
        # the amount put first, as a learner's own word order has it: "összeg én mondok"
        r"\b(?:az )?összeg(?:et)? (?:én )?(?:mond|ír)(?:ok|anék|anám|om|nék|nám|hatok)\b",
        r"(?:说|报|给|提)(?:个|一个|我的)(?:数|数字|金额|还款额)", r"提议",
        r"\bsaját (?:összeg|ajánlat|javaslat)\w*", r"\bjavasol\w*", r"\bjavasl\w*",
        # given or written in: "hadd adjak meg egy összeget", "beírnék egy számot"
        r"\b(?:hadd )?(?:(?:meg)?ad|(?:be)?ír)(?:jak|ok|nék|hatok|nek) (?:meg |be )?(?:én )?"
        r"(?:egy )?(?:saját |másik )?(?:összeg|szám|ajánlat)\w*",
        r"(?<!egyik )\bajánlat\w*", r"\bajánl(?:ok|anék|hatok|ani)\b", r"\bellenajánlat\w*",
        # what one can pay, told: "inkább megírom, mennyit tudok", "megmondanám, mennyi menne"
        r"\b(?:meg ?mond|meg ?ír|le ?ír)(?:om|anám|ám|hatom|nám) (?:én )?(?:inkább )?(?:hogy )?"
        r"mennyi(?:t)? (?:tudok|tudnék|bírok|bírnék|menne|megy)\b",
        # an amount given by oneself, asked for: "can I give you a amount myself?", "let me type my
        # own figure" (not "before I put an amount down": a condition on something else)
        r"\b(?:can|could|may) (?:i|we) (?:just )?(?:give|tell|put|enter|type|send) (?:you )?"
        r"(?:an?|my) (?:own )?(?:amount|figure|number|sum)\b",
        r"\blet me (?:give|tell|put|enter|type|send) (?:you )?(?:an?|my) (?:own )?(?:amount|figure|"
        r"number|sum)\b",
        r"自己(?:提|定|说|出|报)", r"提(?:出)?(?:个|一个)?金额", r"出(?:个|一个)?价", r"还价",
        r"报个数",
        # the own amount named as such: "我想提一个我自己的金额"
        r"(?:提|报|说|出|给)(?:出)?(?:个|一个)?(?:我)?自己的(?:金额|数额|数字|还款额)",
    ),
    "none": (
        r"^none(?: of (?:these|them|those))?(?: (?:work|works|fit|fits))?(?: for me)?$",
        r"^neither$", r"\bnone of (?:these|them|those)\b", r"\b(?:can'?t|cannot) afford any\b",
        # the offers judged as a whole: "sorry, nothing here is right for me", "nothing's good for
        # me" (not "nothing is good for me any more", said of life, heard by the safety rules)
        r"\b(?:nothing|none)(?: (?:here|there|of (?:these|them|those)))? ?(?:is|'s|looks|seems) "
        r"(?:good|right|ok|okay|doable) for me\b(?! any ?more| now\b)",
        r"\begyik ?(?:sem|se)\b", r"\begyiket ?(?:sem|se)\b", r"\bmindegyik túl\b",
        # the offers named between: "egyik ajánlat sem vállalható", "egyik opciót se tudja"
        r"\begyik(?:et)? (?:ajánlat|opció|lehetőség|terv|csomag)\w* ?(?:sem|se)\b",
        r"\bsemelyik\w*",  # "semelyik", "semelyiket": none of them
        r"都不(?:行|合适|适合|要|满意|可以)", r"一个都不",
        # softened: "还是觉得都不太合适", "都不怎么适合"
        r"都不(?:太|怎么|大)(?:行|合适|适合|满意)", r"哪个都不", r"都还不起", r"都太",
        # Cantonese, in either script: "冇一个啱", "都唔得", "全部都唔啱"
        r"都唔(?:得|啱|合適|合适|要)", r"(?:冇|無)(?:一|1)(?:个|個|樣|样)(?:啱|得|合適|合适)",
    ),
}  # fmt: skip
#: A missed payment's three answers in so many words.
MISSED_PHRASES: dict[str, tuple[str, ...]] = {
    "claim_paid": (
        # (not "paid out": an insurer's or an employer's money, "the claim aint paid out")
        # (nor "paid us", "paid me": the cardholder's own pay, "work paid me late this month")
        # (nor "got paid": the own wage come in, "got paid late so missed it")
        r"(?<!get )(?<!gets )(?<!getting )(?<!got )(?<!be )\bpaid\b(?! out\b(?! of\b))"
        r"(?! (?:us|me)\b)",
        r"\b(?:sent|transferred|wired) (?:it|the money|the payment|you)\b",
        r"\btransferred\b", r"\bpayment (?:is |was |has been )?(?:done|made|sent)\b",
        r"\b(?:be|ki|el|át)?fizettem\b", r"\b(?:el|át)?utaltam\b", r"\bki van fizetve\b",
        r"\bbefizetve\b", r"\bkifizetve\b", r"\belküldtem a pénzt\b", r"\blement\b",
        r"\b(?:i|we) did (?:actually |already |in fact )?pay\b",
        r"\b(?:posted|sent|mailed) (?:a|the|my|you a) (?:cheque|check)\b",
        r"\bfeladtam a csekk\w*", r"\bcsekk(?:en|kel) (?:be)?fizettem\b",
        r"已还", r"还了", r"还过", r"还上了", r"付了", r"付过", r"转账了", r"转了", r"打过去",
        r"(?:天|周[一二三四五六日天]?|星期[一二三四五六日天]?|礼拜[一二三四五六日天]?|号|早上|上午|"
        r"下午|晚上)(?:就|已经)?(?:还|转|交|付)(?:的|嘅)",
        r"转过去", r"已经还款", r"已付",
        # "I did pay" in the south and in Cantonese: "我有还啊", "已经过咗数", "转咗", "俾咗"
        r"我(?:都)?有(?:还|转|交|付)(?=\s|$|啊|呀|的|喔|哦|了|过|喇|啦)",
        r"(?:过|過)咗(?:数|數)", r"(?:还|還|转|轉|交|俾|畀)咗",
    ),
    "how_to_pay": (
        r"\bhow (?:can|do|should|could|would) (?:i|we) (?:pay|make|transfer|send)\b",
        r"\bhow to (?:pay|make a payment)\b", r"\bwhere (?:do|can|should|to) (?:i )?(?:pay|send)\b",
        # where to send it or how it is done, asked beside a day to pay: "I will pay Friday, where I
        # send it?", "can I do it through the app?"
        r"\bwhere (?:i|do i|can i|should i|shall i) (?:send|pay|transfer) (?:it|the money|them|"
        r"that|the payment)\b",
        r"\b(?:can|could) (?:i|we) (?:pay|pay it|do it|do that|send it|send the money) (?:through|"
        r"via|on|in|by|with|from) (?:the |your |my |a )?(?:app|online|website|bank transfer|"
        r"transfer|phone|card|post office)\b",
        # the paying named, then how it is done asked: "ill pay it tomorrow, how do i do that"
        r"\bpay\b[^.!?]{0,40}\bhow (?:do|can|should|would) (?:i|we) do (?:it|that|this)\b",
        r"\bbank details\b", r"\baccount (?:number|details)\b", r"\biban\b",
        r"\bpayment (?:link|details|methods?|options)\b", r"\bpay (?:online|by card|with card)\b",
        # Another way asked for: "what other way can I pay", "hogy tudok máshogy fizetni".
        r"\b(?:what|which|any) (?:other |else |different )?(?:ways?|methods?|options?) "
        r"(?:can|could|do|should|is there for) (?:i |me )?(?:to )?pay\b",
        r"\bpay (?:another|some other|a different) way\b",
        r"\bhogy(?:an)? (?:tudok |lehet |tudnék )?(?:máshogy|másképp|máshogyan) (?:be)?fizet\w*",
        r"\bhogy(?:an)? (?:tudok |lehet |kell |tudnék )?(?:be)?fize(?:t|ss)\w*",
        r"\bhová? (?:kell |tudok |lehet |tudom )?(?:(?:át|el)?utal|(?:be)?fizet|küld)\w*",
        r"\bhol (?:tudok |lehet )?(?:be)?fizet\w*", r"számlaszám\w*", r"\bfizetési mód\w*",
        r"\bhogy(?:an)? utal\w*",
        r"怎么还", r"如何还", r"怎么付", r"怎样还", r"怎么转账", r"还款账", r"账号",
        r"在哪(?:里)?还", r"还款方式", r"还款渠道", r"去哪(?:里)?还", r"怎么交",
        # Cantonese, in either script: "點樣還呀", "点样俾钱"
        r"(?:點|点)(?:樣|样)(?:還|还|俾|畀|交|付)",
        r"(?:往|到|向|在|上|去)哪(?:里|儿)?(?:还|付|转|交)",
        # at the bank's counter, or paid late: "银行柜台能交吗", "可唔可以去銀行櫃位交", "怎么补交",
        # "啲錢點俾呀"
        # (asked whether it can be, not told that it was: not "去银行柜台还掉的")
        r"(?:柜台|櫃台|柜位|櫃位|网点|網點|营业厅|營業廳)(?:能|可以|可不可以)(?:交|还|還|付|存|俾|畀)",
        r"(?:能不能|可不可以|可唔可以|能|可以)去(?:银行|銀行)?(?:的)?(?:柜台|櫃台|柜位|櫃位|网点|網點|营业厅|營業廳)"
        r"(?:交|还|還|付|存|俾|畀)",
        r"怎么补(?:交|还|缴)", r"(?:點|点)(?:俾|畀)",
        r"(?:用|有|通过)?(?:什么|别的|其他|其它)(?:方式|办法|渠道|途径)(?:来|可以|能)?(?:还|付|交|转)",
        # the bank and its counter asked about, to pay in person: "去哪个银行 柜台上怎么说"
        r"(?:去|到|上)哪(?:个|家)(?:银行|网点)",
        r"(?:柜台|柜面|柜员)(?:上|那里?|那儿)?(?:要|该|应该)?怎么(?:说|办|弄|操作)",
    ),
    "change_plan": (
        r"\bchange (?:my |the |our )?(?:plan|payments?|amount)\b", r"\bnew plan\b",
        r"\b(?:need|needs|want|have|got|like|gotta) to change (?:it|things)\b",
        r"\b(?:lower|smaller|reduce|cheaper|less)\w* (?:my |the )?(?:monthly )?"
        r"(?:payments?|instal+ments?|repayments?)\b",
        r"\brenegotiat\w*", r"\brestructur\w*", r"\b(?:adjust|modify) (?:my |the )?plan\b",
        r"\bdifferent plan\b",
        r"\b(?:change|move|switch|shift|push back|put back) (?:the |my )?(?:payment |due |debit |"
        r"collection )?(?:date|day)\b",
        # the day named: "can i move my payment to the 20th", "push the debit back to the 28th"
        r"\b(?:move|switch|shift|push|put|change) (?:the |my )?(?:monthly )?(?:payment|debit|"
        r"direct debit|collection)s? (?:back |over )?to (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?\b",
        r"改(?:个|一下|下)?(?:日期|还款日|扣款日|日子|时间)",
        r"(?:日期|还款日|扣款日|还款时间)(?:能|可以|能不能)?(?:改|换|推迟|挪|往后)",
        # this month's payment pushed back: "这个月的能不能往后挪几天", "这期先往后推一推"
        r"(?:这个月|这月|这期|这次|这笔|月供|还款)(?:的|的钱)?(?:能不能|可不可以|可以|能|先)*"
        r"(?:往后|向后)(?:推|挪|延|拖)",
        # a few days more asked for this month: "这个月能不能晚几天再扣", "可不可以宽限两天"
        r"(?:能不能|可不可以|能否|可以|能)(?:晚|缓|宽限|推迟|推)(?:几天|两天|一点|一些|些日子|几日)"
        r"(?:再)?(?:扣|还|交|付)?",
        r"\b(?:át ?(?:lehet(?:ne)? |tudn\w+ |tudj\w+ )?(?:ten\w*|rak\w*|helyez\w*|tol\w*|állít\w*)|"
        r"el ?(?:lehet(?:ne)? )?tol\w*|tol(?:ják|játok|jad|hatnák|hatná|nák|ná)) (?:a |az )?"
        r"(?:\w+ )?(?:dátum|fizetési nap|esedékesség|határidő|terhelési nap|terhelés napj|"
        r"befizetés napj|levonás napj)\w*",
        # the debit itself moved to a day: "át lehetne tenni a levonást 15-ről 20-ra?"
        r"\bát ?(?:lehet(?:ne)? |tudn\w+ |tudj\w+ )?(?:ten\w*|rak\w*|tol\w*) (?:a |az )?"
        r"(?:levonás|terhelés|befizetés|részlet|törlesztés)\w*(?: [0-9]{1,2}(?: ?\w+)?)? "
        r"[0-9]{1,2} ?(?:[aáeé]?r[ae]|ig)\b",
        # the day said before the debit: "átállítanátok 25-re a terhelést?"
        r"\bát ?(?:lehet(?:ne)? |tudn\w+ |tudj\w+ )?(?:ten|rak|tol|állít)\w* [0-9]{1,2} ?"
        r"(?:[aáeé]?r[ae]) (?:a |az )?(?:levonás|terhelés|befizetés|részlet|törlesztés)\w*",
        # another day asked for rather: "lehetne inkább 15-én a levonás?", "mehetne a terhelés
        # inkább 25-én?"
        r"\b(?:lehetne|mehetne|lehet|tudnátok|tudnák)\b(?: \w+){0,4}? inkább "
        r"[0-9]{1,2} ?(?:[aáeé]n|j[eé]n)\b",
        # the day asked for in so many words: "lehetne inkább hó végén levonni?"
        r"\b(?:hó|hónap) ?(?:végén|elején|közepén) (?:\w+ )?(?:levonni|levonnák|levonná|"
        r"terhelni|beszedni)\b",
        r"\b(?:levonni|levonnák|levonná|terhelni|beszedni) (?:\w+ )?(?:a )?(?:hó|hónap) ?"
        r"(?:végén|elején|közepén)\b",
        r"换(?:个|一下)?(?:日期|还款日|扣款日)",
        r"\bmódosít\w*", r"\bváltoztat\w*", r"\búj (?:terv|megállapodás)\w*",
        r"\bkisebb részlet\w*", r"\bújratárgyal\w*", r"\bmásik terv\w*",
        # a pause or more time asked for: "kérhetnék egy hónap szünetet?", "haladékot kérnék"
        r"\b(?:fizetési )?szünet\w* (?:\w+ )?(?:kér|kap|lehet|kell|kéne)\w*",
        r"\b(?:kér|kap)\w* (?:\w+ ){0,3}szünet\w*", r"\bhaladék\w*",
        r"\bkevesebbet (?:tudnék|tudok|tudnánk|bírnék|bírok)\b",
        r"调整", r"改(?:一下)?(?:计划|方案|金额)", r"换(?:个|一个)?方案",
        r"重新(?:协商|谈|制定|安排)",
        r"降低月供", r"少还", r"新方案", r"修改计划", r"新的(?:还款)?(?:计划|方案|安排)",
        r"\btoo (?:high|much|expensive|big)\b", r"\btúl (?:sok|magas|drága|nagy)\b",
        r"太(?:高|多|贵|大)",
        r"\bnew (?:arrangement|payment plan|schedule)\b",
        r"\b(?:payments?|instal+ments?|amount) (?:need|needs|has|have|must) to (?:come|go) down\b",
        r"\b(?:bring|get) (?:the |my )?(?:monthly )?(?:payments?|amount|instal+ments?) down\b",
        r"\bnem bír(?:om|ok) (?:már |tovább )?(?:ezt |ezeket |ennyit )?(?:a |az )?"
        r"(?:összeg|részlet|törleszt|havi)\w*",
        r"\bcsökkent\w* (?:kellene |kéne |kell )?(?:a |az )?(?:részlet|törleszt|havi|összeg)\w*",
        r"月供(?:得|要|能|可以|需要)?(?:降|减|少)", r"(?:降|减)一(?:降|减)",
        r"\búj (?:fizetési )?(?:terv|ütemezés)\w*",
        # Another plan asked for by its term or kind: "switch me to the 24 month one",
        # "inkább átváltanék a 24 hónaposra", "我想换成24期的".
        r"\b(?:switch|change|move|put)\w* (?:me |us )?(?:over )?(?:to|onto) (?:the |a )?"
        r"(?:[0-9]+[- ]?(?:months?|payments?|monthly)|longer|other|different|cheaper|smaller|"
        r"interest[- ]free|hardship)\w*\b",
        r"\b(?:át)?(?:vált|tér)(?:anék|ok|ani|anánk|hatnék|nék|ek|ni|hetnék)\b (?:\w+ )?(?:a |az )?"
        r"(?:[0-9]+[ -]?(?:hónap|havi|részlet)|másik|hosszabb|olcsóbb|kamatmentes)\w*",
        r"(?:换|改|转)(?:成|到)(?:[0-9一二两三四五六七八九十]+(?:期|个月)|别的|其他|更长|免息)",
    ),
}  # fmt: skip

#: "Something else" as the whole answer to "why is the payment late?".
OTHER_REASON_PHRASES = (
    r"(?:it'?s |its |for )?(?:some|an|a)?(?:thing|other|another|different) ?(?:else|reason|cause)?",
    r"(?:(?:really|actually|honestly|well|hmm|igazából|hát|őszintén|其实|嗯)\W? ?)?"
    r"(?:other(?: reason)?|none of (?:these|those|the above)(?: really)?|"
    r"not (?:in )?(?:the|this) list|"
    r"(?:valami |egyéb |más )?(?:más|egyéb)(?: ok| okból| ok miatt| dolog)?|egyik sem|"
    r"(?:是)?(?:其他|其它|别的)(?:原因|的)?|(?:上面的?|以上)?都不是)",
)  # fmt: skip
_OTHER_REASON = regex(rf"(?:{alternatives(OTHER_REASON_PHRASES)})", read_often=False)


def says_other_reason(text: str) -> bool:
    """The whole answer is "something else", "más ok", "其他原因"."""
    return _OTHER_REASON.fullmatch(words_only(fold(normalize(text)))) is not None


def says_other_reason_first(text: str) -> bool:
    """The answer opens on "something else" and goes on to tell of it ("something else, long
    story", "más, bonyolult"): the caller checks that the rest names no cause. An apology for a
    pause said before it is no answer ("sorry got called away. other, …")."""
    text = normalize(text)
    if "sorry" in text or "soz" in text:
        text = _A_PAUSE_APOLOGISED_FOR_FIRST_EN.sub("", text, count=1)
    found = _OPENING_CLAUSE.fullmatch(text)
    if found is None:  # in Chinese a space ends the clause: "其他原因 今年出了个事故 …"
        found = _OPENING_CLAUSE_ZH.match(normalize(text))
    return found is not None and says_other_reason(found[1])


_OPENING_CLAUSE_ZH = re.compile(r"\s*([\u4e00-\u9fff]+)\s+\S")
#: An apology for a pause opening the message, its own clause: "sorry got called away.",
#: "sorry, i'm back.", "soz only saw this now,".
_A_PAUSE_APOLOGISED_FOR_FIRST_EN = re.compile(
    r"^\s*(?:sorry|soz)\b[^,.;!?]{0,40}[,.;!]+\s*(?:(?:i'?m back|back now)[,.;!]+\s*)?",
    re.IGNORECASE,
)


#: A yes, then the plan shown named by its term: "igen, a 12 hónaposat", "igen, a 24 részlet".
#: Without the yes a term may name another plan than the one shown.
_YES_TO_THE_PLAN_BY_ITS_TERM = regex(
    r"(?:igen|ja|jo|oke|persze)(?: (?:igen|ez|ezt|az|azt))* (?:a |az )?[0-9]{1,2} ?"
    r"(?:honapos|havi|havis|reszlet|reszletes)(?:at|et|t|ra)?(?: (?:terv|opcio|valtozat)\w*)?"
    r"(?: (?:kerem|legyen|jo|lesz))?"
)
_THIS_ONE = re.compile(
    rf"(?:(?:{alternatives((*REQUEST_BEFORE, *BACK_FILLERS, 'yes', 'igen', '是', '对'))}) ?)*"
    rf"(?:{alternatives(THIS_ONE_PHRASES)})(?: ?(?:{alternatives(REQUEST_AFTER)}))*"
)
_OFFER_KINDS = {kind: compile_phrases(patterns) for kind, patterns in OFFER_KIND_PHRASES.items()}
_MISSED = {answer: compile_phrases(patterns) for answer, patterns in MISSED_PHRASES.items()}
_NEGATED = regex(
    r"\bnot\b|n't\b|\b(?:dont|didnt|havent|hasnt|cant|wont|aint|never|nem|sem)\b|没|未|沒"
)  # ("aint": "it aint paid yet")


def says_this_one(text: str) -> bool:
    """The whole message picks the plan shown: "this one", "ezt kérem", "就这个吧" (not "nem
    ezt")."""
    words = words_only(fold(normalize(text)))
    if _YES_TO_THE_PLAN_BY_ITS_TERM.fullmatch(words):
        return True
    return _THIS_ONE.fullmatch(words) is not None and not _NOT_THIS_ONE.search(words)


#: This plan refused in so many words: "nem ezt", "not this one", "不要这个".
_NOT_THIS_ONE = regex(
    r"\bnem ezt\b(?! (?:is|mar)\b)|\bnot (?:this|that)(?: one| plan)?\b|"
    r"不(?:要|选|是)这个"
)


def says_not_this_one(text: str) -> bool:
    """The message refuses the plan shown ("nem, nem ezt", "not this one"): back to the plans."""
    return _NOT_THIS_ONE.search(words_only(fold(normalize(text)))) is not None


#: The others shown are said to be worse than this one: "the others are too long", "a többi túl
#: hosszú", "其他的太久了".
_THE_OTHERS = regex(r"\b(?:the )?others?\b|\bthe rest\b|\ba tobbi\w*|其他|别的|其余")


def says_this_one_over_the_others(text: str) -> bool:
    """This plan picked, then the others set aside: "this one, the others are too long"."""
    first, _, rest = normalize(text).partition(",")
    if not rest:
        first, _, rest = normalize(text).partition("\uff0c")
    return bool(rest) and says_this_one(first) and _THE_OTHERS.search(fold(rest)) is not None


#: The plan shown costs too much: "too expensive", "túl sok havonta", "太贵了", "还不起".
_TOO_MUCH = regex(
    r"(?<!not )(?<!isn't )(?<!isnt )\btoo (?:high|much|expensive|big|steep|dear)\b|"
    r"\b(?:can'?t|cannot|couldn'?t) afford (?:it|this|that)\b|"
    r"(?<!nem )\btul (?:sok|magas|draga|nagy)\b|\bnem (?:tudom|birom) (?:ki)?fizetni\b|"
    r"(?<!不)太(?:高|多|贵|大)了?|还不起|付不起|负担不起|承担不起"
)


#: An amount said as what cannot be paid: "i cant pay 300 a month", "nem tudok 80 ezret fizetni".
_CANNOT_PAY = regex(
    r"\b(?:can'?t|cannot|couldn'?t|unable to|not able to) (?:pay|afford|do|manage)\b|"
    r"\bnem (?:tudok|tudnek|tudnék|birok|bírok)\b[^,.;]*\bfizet|拿不出|给不起"
)


#: An option named and said to cost too much in the same breath: "option 2 is too much for me",
#: "a második túl drága", "第二个太贵了": that plan is refused, none is picked.
_A_PICK_TOO_DEAR = regex(
    r"\b(?:(?:option|plan|number|no) ?)?(?:[1-6]|one|two|three|four|five|six|first|second|third|"
    r"fourth|fifth|sixth|last)(?: one| option| plan)?(?:'s| is| are| seems| looks)? "
    r"(?:(?:way|far|much|a bit|a little|just|still) )?too (?:high|much|expensive|big|steep|dear|"
    r"pricey)\b|"
    r"\b(?:[1-6]-?(?:es|as|os|ik)?|elso|masodik|harmadik|negyedik|otodik|hatodik|egyes|"
    r"kettes|harmas|negyes|otos|hatos)(?:at|et|ot|t)?(?: opcio| lehetoseg)?(?: is| meg)? "
    r"(?:nekem |az )?(?:tul|tulsagosan) (?:sok|draga|magas|nagy)\b|"
    r"(?:第|方案|选项)[一二三四五六1-6](?:个|種|种|项|号)?(?:方案)?[ ,]?(?:也|还是|都|对我来说)?"
    r"(?:太(?:贵|多|高|大)|还不起|付不起|负担不起)",
    read_often=False,
)


def says_a_pick_too_dear(text: str) -> bool:
    """Whether an option is named only to say it costs too much (see :data:`_A_PICK_TOO_DEAR`)."""
    return _A_PICK_TOO_DEAR.search(fold(normalize(text))) is not None


def says_amount_refused(text: str) -> bool:
    """The message says an amount is too much or cannot be paid ("300 is too much for me", "i
    cant pay 300 a month", "每月三千还不起"): the amount in it is refused, not offered."""
    folded = fold(normalize(text))
    return says_too_much(text) or _CANNOT_PAY.search(folded) is not None


#: A share of the amount asked, with no amount said: "half of what you wanted?", "a felét
#: annak, amit kértek", "你们要的一半": the labeller does not compute it, nor does the product.
SHARE_OF_WHAT_WAS_ASKED = (
    r"\b(?:half|a third|a quarter|two thirds|\d+ ?(?:%|percent)) of (?:what|the amount|the sum|"
    r"the figure) (?:you|the bank|your plan)(?:'re| are)? (?:want|ask|suggest|quot|propos)\w*",
    r"\b(?:felé|harmadá|negyedé)t? annak,? amit\b",
    r"\ba kért (?:összeg|részlet)?\w* ?(?:felé|harmadá|negyedé)t?\b",
    r"(?:你们|银行)(?:要|说|给)的(?:那个数的?)?(?:一半|三分之一|四分之一|一半儿)",
)  # fmt: skip
_SHARE_OF_WHAT_WAS_ASKED = compile_phrases(SHARE_OF_WHAT_WAS_ASKED)


def says_share_of_what_was_asked(text: str) -> bool:
    """Whether the message offers a share of what was asked without a figure ("half of what you
    wanted?"): asked again, never worked out."""
    return bool(_SHARE_OF_WHAT_WAS_ASKED.search(words_only(fold(normalize(text)))))


def says_too_much(text: str) -> bool:
    """The message says the plan costs too much, with no "but" that could turn it round ("too
    much but fine"): at the plan's details, going back."""
    folded = fold(normalize(text))
    return _TOO_MUCH.search(folded) is not None and _RESERVATION.search(folded) is None


def _one_of(patterns: dict[str, re.Pattern[str]], text: str) -> str | None:
    found = _all_of(patterns, text)
    return found[0] if len(found) == 1 else None


def _all_of(patterns: dict[str, re.Pattern[str]], text: str) -> list[str]:
    """The names of ``patterns`` found in the words of ``text``."""
    words = words_only(fold(normalize(text)))
    return [name for name, pattern in patterns.items() if pattern.search(words)]


def read_offer_kind(text: str) -> str | None:
    """The one kind of offer named ("interest-free", "szünet", "一次性结清"), or the "own amount"
    and "none of these" buttons in other words: a key of :data:`OFFER_KIND_PHRASES`. An own
    amount asked for with the offers found too dear is the own amount ("我自己报个金额吧 这几个
    都太高了", "none of these, can I put in what I can afford?": why none fits, said of the
    offers)."""
    found = _all_of(_OFFER_KINDS, text)
    if len(found) == 1:
        return found[0]
    asked = "自己" in text or "?" in text or "\uff1f" in text  # "none of these, can I offer …?"
    return "counter" if asked and set(found) == {"counter", "none"} else None


#: A missed payment promised for a time to come: "i'll pay it on friday", "i can pay 50 next
#: week", "pénteken befizetem", "jövő héten ki tudom fizetni", "发工资就还". The payment is moved,
#: not made: a change of the plan (as a day asked for it is), never a claim that it was paid.
#: (Compiled as written: read at the missed payment alone, where spelling its choices out for
#: speed would cost more at every start than it saves.)
_PAYING_LATER = re.compile(
    r"\b(?:i'?ll|ill|i will|we'?ll|we will|i'?m going to|i'?m gonna|gonna|going to|i can|we can|"
    r"can i|could i|i could)(?: only| just| definitely| def)? (?:pay|transfer|clear|settle)\b"
    r"[^.!?]{0,40}?\b(?:tomorrow|tmrw|tonight|next (?:week|month|mon|tues|wednes|thurs|fri|satur|"
    r"sun)\w*|on (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?|by (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?|"
    r"(?:on |this |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|when (?:i|we) (?:get|am|are) "
    r"paid|pay ?day|end of (?:the |this )?(?:week|month)|in (?:a|two|a few|few|[0-9]+) "
    r"(?:days?|weeks?))\b"
    r"|\b(?:i'?ll|i will|we'?ll) have it paid (?:by|on|next)\b"
    r"|\b(?:holnap(?:utan)?|jovo (?:heten|honapban)|hetfon|kedden|szerdan|csutortokon|penteken|"
    r"szombaton|vasarnap|fizeteskor|fizetesnapon|elsejen|[0-9]{1,2}-(?:an|en|[aeo]n)|"
    r"(?:a |ennek a )?(?:het|honap) vegen|par nap mulva)\b[^.!?]{0,25}?"
    r"\b(?:(?:be|ki|at|el)?(?:fizetem|utalom|rendezem|fizethetem|utalhatom)|(?:be|ki|at|el)?(?:fizetek|utalok)|"
    r"(?:ki|be|at|el)? ?tudom (?:fizetni|utalni|rendezni)|fogom (?:\w+ )?(?:fizetni|utalni))\b"
    r"|\b(?:(?:be|ki|at|el)?(?:fizetem|utalom|rendezem|fizethetem|utalhatom)|"
    r"(?:ki|be|at|el)? ?tudom (?:fizetni|utalni)|"
    r"fogom (?:be|ki|at|el)?(?:fizetni|utalni))\b[^.!?]{0,25}?\b(?:holnap(?:utan)?|jovo "
    r"(?:heten|honapban)|hetfon|kedden|szerdan|csutortokon|penteken|szombaton|vasarnap|fizeteskor|"
    r"fizetesnapon|elsejen|[0-9]{1,2}-(?:an|en|[aeo]n))\b"
    r"|(?:明天|后天|下周|下个?星期|下个?礼拜|下个?月|月底|过(?:几|两|两三|一两)天|周[一二三四五六日天]|"
    r"星期[一二三四五六日天]|礼拜[一二三四五六日天]|[0-9一二三四五六七八九十]+号|发(?:了)?工资(?:了|以后|后)?|"
    r"晚(?:几|[0-9一二两三四五六七八九十]+)天)"
    # (the two instalments paid together: "下个月两期一起还", Cantonese "两期一齐还")
    r"(?: ?(?:[两二2]期|这期|那期|两笔))?"
    r"(?:之前|以前|前)?(?:就|才|再|一定|肯定|保证)?(?:一起|一齐|一块儿?|一并)?(?:能|可以|会|去)?"
    r"(?:还(?![了过会是有要没在得不能])|付|转|交)(?![了过的嘅])"
    r"|(?:只能|先)还(?:一半|一部分|一点|部分)"
    # the payment put off to a day: "这期能不能推迟到下个月", "可以延到15号吗"
    r"|(?:推迟|推后|延后|延期|顺延|挪|延)(?:到|至)(?:下个?月|下周|下个?(?:星期|礼拜)|月底|"
    r"[0-9一二三四五六七八九十]+号)"
)


def says_paying_later(text: str) -> bool:
    """The missed payment is promised for a time to come (see :data:`_PAYING_LATER`)."""
    return _PAYING_LATER.search(fold(normalize(text))) is not None


def says_unpaid(text: str) -> bool:
    """The message says a payment was not made ("I haven't paid yet", "még nem fizettem"); a
    payment that has not arrived yet ("maybe it hasn't cleared") or an unpaid status quoted
    ("怎么还说我没还") is no such thing."""
    folded = _OWNS_DEBT.sub(" ", _NOT_ARRIVED.sub(" ", fold(normalize(text))))
    return bool(_MISSED["claim_paid"].search(words_only(folded))) and _payment_denied(folded)


#: Where one clause ends and another starts: a negation in another clause ("i did pay, stop
#: adding fees for nothing", "már befizettem, nem értem miért") says nothing of the payment.
_CLAUSE_END = re.compile(
    r"[,.;!?\uff0c\u3002\uff1b\uff01\uff1f]|\b(?:but|though|so|and then|de|viszont|csak hat)\b"
)
#: A clause that is only a no: "paid? not yet", "befizettem? nem".
_ONLY_A_NO = re.compile(
    r"\W*(?:no|nope|nah|not yet|(?:apparently|actually|maybe|i guess|guess) not|"
    r"meg nem|nem meg|nem|meg sem)\W*"
)


#: Set phrases whose "没" or "不" negates nothing paid: "没意见", "没问题", "不好意思"; the delay
#: owned before a payment told ("这几天没顾上 刚刚已经转过去了"; not "没顾上还": not paid).
_NO_NEGATION_OF_PAYING = regex(
    r"没(?:有)?(?:意见|问题|关系|事|错|毛病)|不(?:好意思|客气)"
    r"|没(?:顾上|顾得上|来得及)(?![还转交付打存缴])"
)


def _payment_denied(folded: str) -> bool:
    """Whether the payment a message names was not made: a negation before it in its clause ("i
    haven't paid", "még nem fizettem be"), or a clause that is only a no ("paid? not yet").
    Chinese, written without the clause marks a negation would need, is denied by any but a set
    phrase ("已经还了, 没意见")."""
    if chinese_characters_in(folded):
        return bool(_NEGATED.search(_NO_NEGATION_OF_PAYING.sub(" ", folded)))
    clauses = _CLAUSE_END.split(folded)
    for clause in clauses:
        words = words_only(clause)
        claim = _MISSED["claim_paid"].search(words)
        if claim is not None and _NEGATED.search(words, 0, claim.start()):
            return True
    return any(_ONLY_A_NO.fullmatch(clause) for clause in clauses if clause.strip())


#: Pay not received yet ("még nem kaptam fizetést az új helyen", "haven't had my first wage
#: yet", "新工作还没发工资"): what it will be is no income now, however sure the figure.
PAY_NOT_RECEIVED_YET = (
    r"\b(?:has ?n'?t|have ?n'?t|has not|have not|not) (?:yet )?(?:been paid|had (?:my |a |any )?"
    r"(?:first )?(?:pay|wages?|salary|pay ?(?:check|cheque|slip))) yet\b",
    r"\b(?:waiting|still waiting) (?:for|on) (?:my )?first "
    r"(?:pay|wages?|salary|pay ?(?:check|cheque))\b",
    r"\bmég nem (?:kaptam|kapok|kaptunk|fizettek|utaltak)(?: meg)? (?:\w+ )?"
    r"(?:fizetés\w*|bér\w*|pénz\w*|munkabér\w*)",
    r"\bmég nem (?:\w+ )?(?:jött|érkezett) (?:meg )?(?:az )?(?:első )?(?:fizetés\w*|bér\w*)",
    r"(?:还|都还)?没(?:有)?(?:发|拿到|收到|领到)(?:过)?(?:第一(?:个月|次|笔)的?)?(?:工资|薪水)",
    # (not this month's pay late beside last month's: "这个月工资还没发, 上个月到手4300")
    r"(?<!这个月)(?<!这个月的)(?<!本月)(?<!本月的)(?:工资|薪水)(?:还|都还)没(?:有)?(?:发|到|下来)",
    # not paid for months: "月薪一万二, 不过已经三个月没发了", "haven't been paid for 3 months"
    r"[0-9一二两三四五六七八九十几半]+个月(?:都|了)?没(?:有)?(?:发|拿到|给|开)(?:工资|钱|过)?",
    r"\b(?:has ?n'?t|have ?n'?t|has not|have not|not) been paid (?:for|in) (?:\w+ ){0,2}"
    r"(?:months?|weeks)\b",
    r"\b(?:\w+ )?hónapja nem (?:kaptam|kapok|fizettek|utaltak)\b",
)  # fmt: skip
_PAY_NOT_RECEIVED_YET = compile_phrases(PAY_NOT_RECEIVED_YET)


def says_pay_not_received_yet(text: str) -> bool:
    """Whether the message says the pay it speaks of has not been received yet."""
    plain = normalize(text)
    return bool(_PAY_NOT_RECEIVED_YET.search(fold(plain)))


NOT_ARRIVED = (
    r"\b(?:has ?n'?t|has not|have ?n'?t|have not|not yet|did ?n'?t|did not|is ?n'?t|not|doesn'?t)"
    r" (?:\w+ ){0,2}(?:clear|arriv|go(?:ne)? through|show|reflect|land|process|update|register)\w*",
    r"\bnem (?:\w+ )?(?:jelen\w*|látszik|érkez\w*|ment át|írták jóvá|könyvel\w*|frissült)",
    r"(?:说|显示|讲|写着?)我?(?:还)?(?:没|未|没有)(?:还|付|交)",
    # the claim vouched for: "我没有骗你们", "不是骗你"
    r"(?:没|没有|不是|不会)(?:在)?骗(?:你们|你|您)",
    r"没(?:有)?(?:到账|显示|入账|更新|刷新|同步)",
    # asked whether it arrived: "你们查查到了没有", "你们没收到吗"
    r"(?:到|收到|到账)(?:了)?没(?:有)?(?:吗|呢|啊)?(?: |$|\?)", r"没(?:有)?收到(?:吗|嘛|么|呢)",
    # "是不是你们没收到", "会不会银行那边没到账"
    r"(?:是不是|是否|会不会|可能)(?:你们|银行|系统)?(?:那边)?没(?:有)?(?:收到|到账|入账)",
    # the bank said not to have it: "你们怎么说没收到", "银行却说没收到"
    r"(?:你们|银行|系统)(?:那边)?(?:却|还|竟然|居然|怎么)?说(?:没|没有)(?:收到|到账)",
    # paid from another account the bank's side did not match: "户名对不上, 你们那边没认出来"
    r"(?:你们|银行|系统)(?:那边|那里)?(?:可能)?没(?:有)?(?:认出来|认出|识别出?来?|对上|匹配上?|查到)",
    # not credited yet, asked in Cantonese: "你哋再睇下系咪未入账"
    r"(?:系咪|係咪|是不是|是否)(?:仲|还)?未(?:入账|入賬|到账|到賬|收到)",
)  # fmt: skip
_NOT_ARRIVED = compile_phrases(NOT_ARRIVED)


#: A number of months or payments: "6 months", "12 monthly payments", "12 havi részlet", "分12期".
_TERM = re.compile(
    r"(?<![0-9])(?<![0-9][.,])([0-9]{1,2})(?![0-9])(?![.,][0-9]) ?"
    r"(?:-?(?:months?|monthly|mo|mos|payments?|instal\w*|"
    r"install\w*|honap\w*|havi|hav\w*|reszlet\w*|kamatmentes\w*|期|个月|個月|月|次))"
)
_CHINESE_TERM = re.compile(rf"([{_CN_NUMERALS}]{{1,3}})(?=期|个月|個月|次)")
_TERM_WORDS = {
    fold(word): value
    for word, value in (*MONTH_NUMBER_WORDS.items(), *MONTH_NUMBER_WORDS_BEFORE_UNIT.items())
    if value > 1
}
_TERM_IN_WORDS = re.compile(
    rf"\b({alternatives(_TERM_WORDS)})\b(?=[ -]?(?:months?|monthly|payments?|instal|install|"
    r"honap|havi|hav|reszlet))"
)


#: Terms said as years: "分一年还", "半年分期", "over a year", "két év alatt".
YEARS_AS_TERMS = (
    # two spans said together, either of them ("还一年两年的心里没底", "半年一年的"): both named
    (r"(?:分|用|还)?(?:一|1)年(?:两|二|2)年", "12月 24月"),
    (r"(?:分|用|还)?半年(?:一|1)年", "6月 12月"),
    (r"(?:分|用|还)(?:一|1)年|(?:一|1)年(?:分期|还完|内还)|一整年", "12月"),
    # spread across a year: "分摊到一年里还", "摊在一年里", "across the year", "egész évre elosztva"
    (r"(?:分摊|摊|分)(?:到|在)(?:一|1|整)年", "12月"),
    (
        r"\b(?:across|throughout|spread over) (?:the|a|one|the whole|a whole|a full) year\b",
        "12 months",
    ),
    (r"\b(?:egész|teljes) (?:évre|év alatt|évben)\b", "12 honap"),
    (r"(?:分|用)?半年(?:分期|还完|内还)?", "6月"),
    (r"(?:分|用)(?:两|2)年|(?:两|2)年(?:分期|还完|内还)", "24月"),
    (r"\b(?:over|in|within) (?:a|one|1) year\b", "12 months"),
    (r"\b(?:over|in|within) (?:two|2) years\b", "24 months"),
    (r"\b(?:a |one |1 )?year[- ]long\b|\bfull year\b|\byearly one\b", "12 months"),
    (r"\b(?:two|2)[- ]years?[- ]long\b|\btwo year one\b", "24 months"),
    (r"\bhalf a year\b", "6 months"),
    (r"\b(?:egy|1) év alatt\b|\begy évre\b", "12 honap"),
    (r"\bfél év(?: alatt)?\b|\bfél évre\b", "6 honap"),
    (r"\b(?:két|2) év alatt\b|\b(?:két|2) évre\b", "24 honap"),
)
#: :data:`YEARS_AS_TERMS` folded (each match has "年", "year" or the "ev" of a folded "év").
_YEARS_AS_TERMS = tuple((re.compile(fold(years)), months) for years, months in YEARS_AS_TERMS)


def read_terms(text: str) -> set[int]:
    """The numbers of months or payments a message names, in digits or words ("the twelve month
    plan", "hat havi részlet", "分十二期", "分一年还")."""
    folded = _TERM_IN_WORDS.sub(lambda m: str(_TERM_WORDS[m[1]]), fold(normalize(text)))
    if "年" in folded or "year" in folded or "ev" in folded:  # one of them in each match
        for years, months in _YEARS_AS_TERMS:
            folded = years.sub(f" {months} ", folded)
    with localcontext(ARITHMETIC):
        for match in reversed(list(_CHINESE_TERM.finditer(folded))):
            number = _parse_chinese(match[1], "zh")
            if number is not None and number.value is not None:
                folded = f"{folded[: match.start()]}{number.value:f}{folded[match.end() :]}"
    return {int(m[1]) for m in _TERM.finditer(folded)}


def read_missed_answer(text: str) -> str | None:
    """The answers "I have paid", "how can I pay?", "I need to change my plan" in other words; a
    payment denied ("I haven't paid", "még nem fizettem") is not a claim that it was made."""
    answer = _one_of(_MISSED, text)
    if answer == "claim_paid" and _payment_denied(_NOT_ARRIVED.sub(" ", fold(normalize(text)))):
        return None
    return answer
