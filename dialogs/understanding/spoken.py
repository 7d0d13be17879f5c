"""Amounts said the way people say them aloud, rewritten as digits before an amount is read.

British English money slang ("a ton" is 100, "a monkey" 500, "a tenner" 10), a price read out
in a pair where its digits say which it is ("twelve forty six, as in 1,246"; alone, "two fifty"
is said of £2.50 as often as of £250, and is asked again), number words typed together
("twohundred"), a lone "hundred" ("hundred quid"), and the Chinese shorthand "1k5" / "2k5"
(1500, 2500). :func:`dialogs.understanding.rules.read_amount` reads what these return as it
reads any digits; a text with none of them comes back unchanged.

The text given is already normalised and folded (lower case, accents dropped).
"""

from __future__ import annotations

import re

__all__ = ["counted_in_plural", "spoken_chinese", "spoken_english"]

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_NUMBER_WORD = "|".join((*_UNITS, *_TEENS, *_TENS, "hundred", "thousand", "grand"))

#: Money slang, each said with "a" or "one" (or alone): "a ton a month", "a tenner".
SLANG = {"ton": 100, "monkey": 500, "pony": 25, "tenner": 10, "fiver": 5, "bullseye": 50}
_SLANG = re.compile(
    # (not by the weight or the piece after a figure: "40 a ton delivered", "2 ton of sand")
    r"\b(?<![0-9] )(?<![0-9] a )(?<![0-9] per )"
    rf"(?:(?:a|one) )?({'|'.join(SLANG)})\b(?! of\b)(?!s\b)"  # "a ton of bills" is a lot
    r"(?!(?<=ton),? (?:[$€£] ?)?[0-9])"  # "a ton, 1300 at least": a lot, the figure after
)
#: Half of a slang sum, or one and a half of it: "half a ton" is 50, "a ton and a half" 150,
#: "a monkey n a half" 750. Read before the slang itself, which would take the "ton" alone.
_SLANG_HALVED = re.compile(r"\bhalf (?:a )?(ton|monkey|pony)\b(?! of\b)")
_SLANG_AND_A_HALF = re.compile(
    r"\b(?:(?:a|one) )?(ton|monkey|pony) (?:and|n|&) (?:a )?half\b(?! of\b)"
)
#: Slang counted with a number word, or with tens after it, or two slang sums said as one:
#: "three ton" is 300, "a ton twenty" 120, "a monkey and a pony" 525, "a ton n a tenner" 110.
#: A count in digits is a weight ("12 ton a load", "2 ton of gravel"), so only words count
#: here; the second slang of a pair is the smaller, else it is two sums ("a pony and a ton").
_SLANG_COUNTED = re.compile(
    rf"\b({'|'.join(_UNITS)}) (ton|monkey)\b(?! of\b)(?!s\b)(?! ?(?:[$€£] ?)?[0-9])"
)
_SLANG_AND_TENS = re.compile(
    rf"\b(?:a|one) ton ({'|'.join(_TENS)})(?:[ -]({'|'.join(_UNITS)}))?\b"
    rf"(?! (?:{_NUMBER_WORD}|and|pounds? and|p|times|people|kids|miles)\b)(?! ?(?:p|pence|%)\b)"
)
_SLANG_PAIR = re.compile(
    r"\b(?:(?:a|one) )?(monkey|ton) (?:and|n|&) (?:a|one) (ton|pony|tenner|fiver|score)\b"
    r"(?! of\b)"
)
_PAIRED = {**SLANG, "score": 20}


def _slang_pair(match: re.Match[str]) -> str:
    """The sum of a :data:`_SLANG_PAIR` when its second slang is the smaller, else unchanged."""
    first, second = _PAIRED[match[1]], _PAIRED[match[2]]
    return str(first + second) if second < first else match[0]


#: A month's figure typed without its "a", the clause ending on "month": "the room is 450
#: month, food is 250 month" (450 and 250 a month). Three digits or more, after "is", and
#: nothing after "month" but a stop: not a term ("360 month mortgage", "is 12 month"), nor
#: where a term or a contract is named ("the term is 360 month").
_A_MONTH_WITHOUT_ITS_A = re.compile(
    r"(?<=\bis )((?:[$€£] ?)?[1-9][0-9]{2,}(?:,[0-9]{3})*(?:\.[0-9]{2})?) month(?= ?[,.;!]| ?$)"
)
#: Street words for a hundred and a thousand after a figure: "9 hunnid", "12 hun a month",
#: "1.1 thou", "a thou all in"; "hunnid" alone is a hundred ("hunnid a month").
_HUNDRED_SLANG = re.compile(r"\b(?:hunnid|hundo)\b|(?<=[0-9] )hun\b")
_HUNDRED_SLANG_GLUED = re.compile(r"(?<=[0-9])(?:hunnid|hundo|hun)\b")
_THOUSAND_SLANG = re.compile(r"(?<=[0-9] )thou\b|(?<=\ba )thou\b")
_THOUSAND_SLANG_GLUED = re.compile(r"(?<=[0-9])thou\b")
#: Number words in plural after their count, or joined by "n": "nine hundreds fifty", "one
#: thousand and two hundreds", "nine hundred n fifty", "thousand and half".
_COUNTED_PLURAL = re.compile(
    rf"\b({'|'.join((*_UNITS, *_TEENS, *_TENS))}|[0-9]{{1,2}}) (hundred|thousand)s\b(?! of\b)"
)
_WORDS_JOINED_BY_N = re.compile(rf"\b(hundred|thousand|grand) n (?=(?:{_NUMBER_WORD}|a half)\b)")
_THOUSAND_AND_HALF = re.compile(r"\b(thousand|grand) and half\b")
#: "thousand" opening the message or a clause, with more of the number after it, is a thousand:
#: "thousand two hundred fifty", "thousand and a half" (bare "thousand" is asked again).
_LONE_THOUSAND = re.compile(
    rf"(^|[,.;:!?] )(?=thousand (?:and )?(?:a )?(?:half|{'|'.join((*_UNITS, *_TEENS, *_TENS))})\b)"
)
#: A decimal comma before a thousand: "1,5 thousand" is 1500 (a thousands comma has three digits).
_DECIMAL_COMMA_THOUSANDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}),([0-9]{1,2}) ?(thousand|grand|k)\b"
)
#: "a score" is twenty, said with its article ("a score a month"; "a score of 600" is no money,
#: nor a credit score).
_A_SCORE = re.compile(r"\b(?:a|one) score\b(?! of\b)")
#: A ten said as a word and its unit typed as a digit: "seventy 5", "forty-5".
_TENS_AND_A_DIGIT = re.compile(rf"\b({'|'.join(_TENS)})[ -]([1-9])\b(?![.,][0-9])")
#: Thousands and hundreds each said with a digit: "1 thousand 3 hundred", "2 grand and 4 hundred".
_THOUSANDS_AND_HUNDREDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}) (?:thousand|grand),? (?:and )?([1-9]) hundred\b"
)
#: Digits typed one by one with spaces between, the whole clause or after a currency sign:
#: "£ 1 0 8 0", "8 0. not 800".
_DIGITS_APART = re.compile(
    r"(^|[$€£] ?|[.,;!?] )((?:[0-9] ){1,5}[0-9])(?=[.,;!?]|$| (?:pounds?|quid|a month)\b)"
)
#: After a figure read out in words, nothing that makes it part of a longer number, pence, a
#: thousand or a share.
_READ_OUT_ENDS = (
    rf"(?! (?:{_NUMBER_WORD}|and|point|pounds? and|p)\b)(?! ?(?:k|pence|p|percent|%)\b)"
)
#: A price read out in two parts: "two fifty", "fourteen fifty", "one forty five". Each is said
#: as often of pounds and pence (£2.50) as of hundreds (£250): read as hundreds only where the
#: message writes that figure in digits too (see :func:`spoken_english`), else asked again.
_READ_OUT = re.compile(
    rf"(?<![\w.,])(?<!\d )(?<!thousand )(?<!grand )"  # "a thousand two fifty": the spelled number
    rf"({'|'.join((*_UNITS, *_TEENS))}) ({'|'.join(_TENS)})"
    rf"(?:[ -]({'|'.join(_UNITS)}))?\b{_READ_OUT_ENDS}"
)
#: A figure read out a digit at a time, a nought said as "oh" inside it: "one oh eight five"
#: (1085), "nine oh five" (905), "one one oh oh" (1100). Three or four digits, the first no
#: nought: with the "oh" the words make one number, no price in pounds and pence.
_DIGITS_READ_OUT = re.compile(
    rf"(?<![\w.,])(?<!\d )({'|'.join(_UNITS)})((?: (?:{'|'.join(_UNITS)}|oh|zero|nought)){{2,3}})\b"
    rf"{_READ_OUT_ENDS}"
)
_DIGIT_WORDS = {**{word: str(value) for word, value in _UNITS.items()}, "oh": "0", "zero": "0",
                "nought": "0"}  # fmt: skip


def _digits_read_out(match: re.Match[str]) -> str:
    """The digits of a :data:`_DIGITS_READ_OUT` match, when a nought is said among them."""
    words = [match[1], *match[2].split()]
    if not any(_DIGIT_WORDS[word] == "0" for word in words):
        return match[0]  # "one two three": counted, no figure
    return "".join(_DIGIT_WORDS[word] for word in words)


#: Number words typed as one word: "twohundred", "fivehundred", "fortyfive".
_GLUED = re.compile(
    rf"\b({'|'.join((*_UNITS, *_TEENS, *_TENS))})(hundred|thousand|grand|{'|'.join(_UNITS)})\b"
)
#: "hundred" with no number before it is a hundred: "hundred quid", "maybe hundred a month".
_LONE_HUNDRED = re.compile(
    r"(^|\b(?:about|around|like|maybe|say|just|only|do|pay|offer|max|manage|is|be|so|then|ok|"
    r"okay|roughly|probably|could|can|prob) |[,.;:!?] )"
    rf"hundred\b(?! (?:{_NUMBER_WORD}|and)\b)"
)

#: Number words voice typing writes as words that sound the same, right before a hundred or a
#: thousand: "for hundred" is four hundred, "to hundred" and "too thousand" two of them, and
#: "ate" after "hundred and" or "thousand and" is eight ("too thousand and ate pounds": 2008).
#: Not "up to", "close to" or "next to" a figure: a bound, said of "hundred" as it is written.
_SOUNDALIKE_BEFORE_A_SCALE = re.compile(
    r"\b(?<!\bup )(?<!\bclose )(?<!\bnext )(?<!\bnear )(?<!\bcloser )(for|to|too)"
    r"(?= (?:hundred|thousand)\b)|(?<=hundred and )ate\b|(?<=thousand and )ate\b"
)
_SOUNDALIKES = {"for": "four", "to": "two", "too": "two", "ate": "eight"}


def counted_in_plural(folded: str) -> str:
    """Hundreds and thousands counted and said in plural, in the singular: "nine hundreds
    fifty" → "nine hundred fifty". Read before the plural alone is taken for a vague amount."""
    return _COUNTED_PLURAL.sub(r"\g<1> \g<2>", folded)


def spoken_english(folded: str) -> str:
    """English money said aloud, as digits: "a ton" → "100", "one fifty" → "150"."""
    if " month" in folded and "term" not in folded and "contract" not in folded:  # (a term's)
        folded = _A_MONTH_WITHOUT_ITS_A.sub(r"\g<1> a month", folded)
    folded = _GLUED.sub(lambda m: f"{m[1]} {m[2]}", folded)
    if " hundred" in folded or " thousand" in folded:  # "for hundred", "too thousand and ate"
        folded = _SOUNDALIKE_BEFORE_A_SCALE.sub(lambda m: _SOUNDALIKES[m[0]], folded)
    if "hun" in folded:
        folded = _HUNDRED_SLANG_GLUED.sub(" hundred", _HUNDRED_SLANG.sub("hundred", folded))
    if "thou" in folded:
        folded = _THOUSAND_SLANG_GLUED.sub(" thousand", _THOUSAND_SLANG.sub("thousand", folded))
        folded = _THOUSAND_AND_HALF.sub(r"\g<1> and a half", folded)
        folded = _LONE_THOUSAND.sub(r"\g<1>a ", folded)
        folded = _DECIMAL_COMMA_THOUSANDS.sub(r"\g<1>.\g<2> \g<3>", folded)
    if " n " in folded:
        folded = _WORDS_JOINED_BY_N.sub(r"\g<1> and ", folded)
    if "half" in folded:
        folded = _SLANG_HALVED.sub(lambda m: str(SLANG[m[1]] // 2), folded)
        folded = _SLANG_AND_A_HALF.sub(lambda m: str(SLANG[m[1]] * 3 // 2), folded)
    if "ton" in folded or "monkey" in folded:  # "seven ton", "a ton fifty", "a monkey n a pony"
        folded = _SLANG_COUNTED.sub(lambda m: str(_UNITS[m[1]] * SLANG[m[2]]), folded)
        folded = _SLANG_AND_TENS.sub(
            lambda m: str(100 + _TENS[m[1]] + (_UNITS[m[2]] if m[2] else 0)), folded
        )
        folded = _SLANG_PAIR.sub(_slang_pair, folded)
    folded = _SLANG.sub(lambda m: str(SLANG[m[1]]), folded)
    if "score" in folded:  # (each match has it)
        folded = _A_SCORE.sub("20", folded)
    folded = _TENS_AND_A_DIGIT.sub(lambda m: str(_TENS[m[1]] + int(m[2])), folded)
    if "hundred" in folded:  # (each match has it)
        folded = _THOUSANDS_AND_HUNDREDS.sub(
            lambda m: str(int(m[1]) * 1000 + int(m[2]) * 100), folded
        )
    folded = _DIGITS_APART.sub(lambda m: m[1] + m[2].replace(" ", ""), folded)
    folded = _K_AND_HUNDREDS.sub(lambda m: str(int(m[1]) * 1000 + int(m[2]) * 100), folded)
    if "hundred" in folded:  # (each match has it)
        folded = _LONE_HUNDRED.sub(r"\g<1>100", folded)
    if " oh " in folded or " zero" in folded or " nought" in folded:  # "one oh eight five"
        folded = _DIGITS_READ_OUT.sub(_digits_read_out, folded)

    def read_out(match: re.Match[str]) -> str:
        first = _UNITS.get(match[1]) or _TEENS[match[1]]
        rest = _TENS[match[2]] + (_UNITS[match[3]] if match[3] else 0)
        hundreds = first * 100 + rest
        thousands, units = divmod(hundreds, 1000)
        written = rf"{thousands},?{units:03d}" if thousands else str(hundreds)
        restated = re.search(rf"(?<![0-9.,]){written}(?![0-9]|[.,][0-9])", folded)
        return str(hundreds) if restated else match[0]  # "twelve forty six, as in 1,246"

    return _READ_OUT.sub(read_out, folded)


#: "1k5", "2k5": thousands and hundreds, Chinese shorthand typed in Latin letters.
_K_AND_HUNDREDS = re.compile(r"(?<![0-9.,])([0-9]{1,3})k([1-9])(?![0-9a-z])")
#: "1w5", "2w3": ten thousands (万) and thousands, the same shorthand.
_W_AND_THOUSANDS = re.compile(r"(?<![0-9.,])([0-9]{1,3})w([1-9])(?![0-9a-z])")


def spoken_chinese(folded: str) -> str:
    """Chinese shorthand as digits: "1k5左右" → "1500左右", "1w5" → "15000"."""
    folded = _W_AND_THOUSANDS.sub(lambda m: str(int(m[1]) * 10000 + int(m[2]) * 1000), folded)
    return _K_AND_HUNDREDS.sub(lambda m: str(int(m[1]) * 1000 + int(m[2]) * 100), folded)
